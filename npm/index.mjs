// beian-precheck in Node (ES module): the same checker as index.cjs.
import cjs from './index.cjs';

export const createChecker = cjs.createChecker;
