# Reference data (data/) turned into compact embedded files by scripts/gen_geo.py.
# Included by CMakeLists.txt before the resources are embedded; appends to BEIAN_RESOURCES
# ("name=path", read with beian::Resource("name")) and BEIAN_RESOURCE_DEPS.
file(GLOB BEIAN_GEO_INPUTS CONFIGURE_DEPENDS
  ${CMAKE_SOURCE_DIR}/data/regions/*.tsv
  ${CMAKE_SOURCE_DIR}/data/ip/*.txt
  ${CMAKE_SOURCE_DIR}/data/cdn/*.txt
  ${CMAKE_SOURCE_DIR}/data/holidays/*.json)
set(BEIAN_GEO_OUTPUTS ${GEN}/regions.bin ${GEN}/ipranges.bin ${GEN}/holidays.txt)
add_custom_command(
  OUTPUT ${BEIAN_GEO_OUTPUTS}
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/scripts/gen_geo.py
          ${CMAKE_SOURCE_DIR}/data ${GEN}
  DEPENDS ${BEIAN_GEO_INPUTS} ${CMAKE_SOURCE_DIR}/scripts/gen_geo.py
  COMMENT "Generating compact region, IP range and holiday data")
list(APPEND BEIAN_RESOURCES "holidays=${GEN}/holidays.txt")
# The regions and the IP ranges: embedded natively, in the Node modules and in the OCR module;
# the page's module fetches them when a check first needs them (core/resources.h
# FetchedResourceFile; the page posts them to its workers once a worker's core is ready).
list(APPEND BEIAN_FETCHED_RESOURCES
  "regions=${GEN}/regions.bin"
  "ipranges=${GEN}/ipranges.bin")
list(APPEND BEIAN_RESOURCE_DEPS ${BEIAN_GEO_OUTPUTS})
