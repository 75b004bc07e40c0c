// beian-check: the native command-line checker.
//
//   beian-check [--format json|text|jsonl|sarif] [--locale zh-CN|en] [--today YYYY-MM-DD]
//               [--rules PACK.json] [--field POINTER]... [--jobs N] FILE...  (- = standard input)
//   beian-check --form-plan [--locale zh-CN|en] [--rules PACK.json] FILE...
//   beian-check --list-rules [--province NAME] [--locale en]
//   beian-check --version
//
// Exit code: 0 no block finding, 1 at least one block finding, 2 usage or input error.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "cli/alloc.h"
#include "cli/render.h"
#include "core/check.h"
#include "core/form.h"
#include "core/json.h"
#include "core/province.h"

namespace {

// Threads that live for the whole batch and run one task per round (`Run`), the caller taking
// part. They are kept, not started per chunk, because the engine's per-thread memos (run lists,
// rendered findings, the report buffer's size) are built on a thread's first checks: a thread
// started per chunk of 128 applications built them again each time.
class Workers {
 public:
  explicit Workers(size_t extra) {
    for (size_t t = 0; t < extra; ++t) threads_.emplace_back([this] { Loop(); });
  }
  ~Workers() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    wake_.notify_all();
    for (auto& t : threads_) t.join();
  }
  Workers(const Workers&) = delete;
  Workers& operator=(const Workers&) = delete;

  // Runs `task` on every thread: first `before` on the caller while the others start, then `task`
  // on the caller; returns when every thread has finished the task.
  template <typename Before, typename Task>
  void Run(Before&& before, Task&& task) {
    std::function<void()> fn = std::forward<Task>(task);
    {
      std::lock_guard<std::mutex> lock(mu_);
      task_ = &fn;
      busy_ = threads_.size();
      ++round_;
    }
    wake_.notify_all();
    before();
    fn();
    std::unique_lock<std::mutex> lock(mu_);
    done_.wait(lock, [this] { return busy_ == 0; });
    task_ = nullptr;
  }

 private:
  void Loop() {
    size_t seen = 0;
    for (;;) {
      std::function<void()>* fn;
      {
        std::unique_lock<std::mutex> lock(mu_);
        wake_.wait(lock, [&] { return stop_ || round_ != seen; });
        if (stop_) break;
        seen = round_;
        fn = task_;
      }
      (*fn)();
      std::lock_guard<std::mutex> lock(mu_);
      if (--busy_ == 0) done_.notify_one();
    }
    beian::cli::CloseThreadBlocks();  // (the blocks this thread kept go back to the malloc)
  }

  std::mutex mu_;
  std::condition_variable wake_, done_;
  std::vector<std::thread> threads_;
  std::function<void()>* task_ = nullptr;
  size_t busy_ = 0, round_ = 0;
  bool stop_ = false;
};

void Usage() {
  std::cerr
      << "usage: beian-check [--format json|text|jsonl|sarif] [--locale zh-CN|en]\n"
         "                   [--today YYYY-MM-DD] [--rules PACK.json] [--field POINTER]...\n"
         "                   [--jobs N] FILE...\n"
         "       beian-check --form-plan [--locale zh-CN|en] [--rules PACK.json] FILE...\n"
         "       beian-check --list-rules [--province NAME] [--locale zh-CN|en]\n"
         "       beian-check --version\n"
         "FILE may be - for standard input. With --format jsonl and FILE -, every input line\n"
         "is one application. --jobs N checks on N threads (default: the machine's cores);\n"
         "the output is in input order and the same for every N.\n"
         "--field may be given several times: findings at or below any of them (a quick check).\n"
         "Exit: 0 no block finding, 1 block findings, 2 usage or input error.\n";
}

bool ReadAll(std::istream& in, std::string* out) {
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return !in.bad();
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::string format = "json", locale, today, rules_path, province, field, jobs_arg;
  std::vector<std::string> fields;
  bool list_rules = false, form_plan = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= argc) {
        std::cerr << "beian-check: " << a << " needs a value\n";
        return false;
      }
      *out = argv[++i];
      return true;
    };
    if (a == "--format") {
      if (!value(&format)) return 2;
    } else if (a == "--locale") {
      if (!value(&locale)) return 2;
    } else if (a == "--today") {
      if (!value(&today)) return 2;
    } else if (a == "--rules") {
      if (!value(&rules_path)) return 2;
    } else if (a == "--province") {
      if (!value(&province)) return 2;
    } else if (a == "--field") {
      if (!value(&field)) return 2;
      fields.push_back(field);  // several --field: their union
    } else if (a == "--jobs") {
      if (!value(&jobs_arg)) return 2;
    } else if (a == "--form-plan") {
      form_plan = true;
    } else if (a == "--list-rules") {
      list_rules = true;
    } else if (a == "--version") {
      std::cout << "beian-check " << beian::EngineVersion() << " (rule pack "
                << beian::RulePack::Builtin().version() << ")\n";
      return 0;
    } else if (a == "-h" || a == "--help") {
      Usage();
      return 0;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::cerr << "beian-check: unknown option " << a << "\n";
      Usage();
      return 2;
    } else {
      files.push_back(a);
    }
  }
  if (format != "json" && format != "text" && format != "jsonl" && format != "sarif") {
    std::cerr << "beian-check: --format must be json, text, jsonl or sarif\n";
    return 2;
  }
  size_t jobs = std::max(1u, std::thread::hardware_concurrency());
  if (!jobs_arg.empty()) {
    char* end = nullptr;
    long n = std::strtol(jobs_arg.c_str(), &end, 10);
    if (!end || *end || n < 1 || n > 256) {
      std::cerr << "beian-check: --jobs must be a number from 1 to 256\n";
      return 2;
    }
    jobs = static_cast<size_t>(n);
  }
  if (!locale.empty() && locale != "zh-CN" && locale != "en") {
    std::cerr << "beian-check: --locale must be zh-CN or en\n";
    return 2;
  }
  std::unique_ptr<beian::RulePack> custom;
  if (!rules_path.empty()) {
    std::ifstream in(rules_path, std::ios::binary);
    std::string text;
    if (!in || !ReadAll(in, &text)) {
      std::cerr << "beian-check: cannot read rule pack " << rules_path << "\n";
      return 2;
    }
    std::string error;
    custom = beian::RulePack::Parse(text, &error);
    if (!custom) {
      std::cerr << "beian-check: " << rules_path << ": " << error << "\n";
      return 2;
    }
  }
  const beian::RulePack& pack = custom ? *custom : beian::RulePack::Builtin();
  if (list_rules) {
    if (!province.empty() && beian::ProvinceCode(province) == 0) {
      std::cerr << "beian-check: unknown province '" << province << "'\n";
      return 2;
    }
    std::cout << beian::RulesJson(pack, province, locale.empty() ? "zh-CN" : locale) << "\n";
    return 0;
  }
  if (files.empty()) {
    Usage();
    return 2;
  }
  if (form_plan) {  // one form plan (JSON) per line, per FILE
    int rc = 0;
    for (const auto& f : files) {
      std::string text;
      bool ok = false;
      if (f == "-") {
        ok = ReadAll(std::cin, &text);
      } else {
        std::ifstream in(f, std::ios::binary);
        ok = in && ReadAll(in, &text);
      }
      if (!ok) {
        std::cerr << "beian-check: cannot read " << f << "\n";
        rc = 2;
        continue;
      }
      std::string plan = beian::FormPlanJson(text, pack, locale.empty() ? "zh-CN" : locale);
      if (plan.rfind("{\"error\"", 0) == 0) {
        std::cerr << "beian-check: " << f << ": " << plan << "\n";
        rc = 2;
      }
      std::cout << plan << "\n";
    }
    return rc;
  }
  beian::CheckOptions opts;
  opts.locale = locale;
  opts.today = today;
  opts.pack = &pack;
  // One --field: a live field check (options.field); several: a quick check (options.fields).
  if (fields.size() == 1) {
    opts.field = fields[0];
  } else {
    opts.fields = fields;
  }

  beian::BatchRenderer out(format, std::cout, pack, locale);
  int worst = 0;
  auto started = std::chrono::steady_clock::now();
  // Inputs are checked in chunks, each on up to `jobs` threads (the engine keeps no shared
  // mutable state; the pack's matchers are locked), and rendered in input order. A chunk's
  // reports are written while the next chunk is checked (the main thread writes, then checks with
  // the others; with one thread, in turn): writing the reports (~19 KB each) to a file is ~6 % of
  // a --jobs 1 batch, time the other threads now spend checking.
  struct Input {
    std::string name, text;
    bool readable = true;
  };
  std::vector<Input> chunk, written_chunk;
  std::vector<beian::CheckResult> written_results;
  auto render = [&](std::vector<Input>& inputs, std::vector<beian::CheckResult>& results) {
    for (size_t k = 0; k < inputs.size(); ++k) {
      const std::string& name = inputs[k].name;
      if (!inputs[k].readable) {
        out.Error(name, "cannot read file");
        worst = 2;
        continue;
      }
      const beian::CheckResult& r = results[k];
      if (!r.ok) {
        std::cerr << "beian-check: " << name << ": " << r.error << "\n";
        out.Error(name, r.error);
        worst = 2;
        continue;
      }
      out.Report(name, r);
      if (r.block > 0 && worst < 1) worst = 1;
    }
    out.Flush();
    inputs.clear();
    results.clear();
  };
  // (no more threads than files when every input is a file)
  size_t threads = jobs;
  if (std::find(files.begin(), files.end(), "-") == files.end())
    threads = std::max<size_t>(1, std::min(jobs, files.size()));
#ifdef __EMSCRIPTEN__
  threads = 1;  // the wasm build (the npm package's bin) has no threads; same output for any N
#endif
  Workers workers(threads - 1);
  auto flush = [&]() {
    std::vector<beian::CheckResult> results(chunk.size());
    std::atomic<size_t> next{0};
    // The chunk before is written while the other threads check this one; then the main thread
    // checks with them.
    workers.Run([&] { render(written_chunk, written_results); },
                [&] {
                  for (size_t k = next++; k < chunk.size(); k = next++)
                    if (chunk[k].readable) results[k] = beian::Check(chunk[k].text, opts);
                });
    written_chunk.swap(chunk);
    written_results.swap(results);
  };
  const size_t kChunk = 64 * jobs;
  auto add = [&](std::string name, std::string text, bool readable = true) {
    chunk.push_back({std::move(name), std::move(text), readable});
    if (chunk.size() >= kChunk) flush();
  };
  for (const auto& f : files) {
    std::string text;
    if (f == "-") {
      if (format == "jsonl") {
        std::string line;
        size_t n = 0;
        while (std::getline(std::cin, line)) {
          ++n;
          if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
          add("stdin:" + std::to_string(n), line);
        }
        continue;
      }
      if (!ReadAll(std::cin, &text)) {
        std::cerr << "beian-check: cannot read standard input\n";
        worst = 2;
        continue;
      }
    } else {
      std::ifstream in(f, std::ios::binary);
      if (!in || !ReadAll(in, &text)) {
        std::cerr << "beian-check: cannot read " << f << "\n";
        add(f, "", false);
        continue;
      }
    }
    add(f, std::move(text));
  }
  flush();
  flush();  // (an empty chunk: writes the last one)
  out.Finish();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (format == "jsonl" || files.size() > 1) std::cerr << out.Summary(secs) << "\n";
  return worst;
}
