#include "core/resources.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

namespace beian {
namespace {

struct Provided {
  std::mutex mu;
  std::map<std::string, std::unique_ptr<const std::string>, std::less<>> files;  // never erased
  std::string missing;  // TakeMissingResourceFile
};

Provided& ProvidedFiles() {
  static Provided* p = new Provided();
  return *p;
}

}  // namespace

std::string_view Resource(std::string_view name) {
  if (std::string_view d = EmbeddedResource(name); !d.empty()) return d;
  if (std::string_view d = OptionalEmbeddedResource(name); !d.empty()) return d;
  Provided& p = ProvidedFiles();
  std::lock_guard<std::mutex> lock(p.mu);
  auto it = p.files.find(name);
  if (it != p.files.end()) return std::string_view(*it->second);
  FetchedFile f = FetchedResourceFile(name);
  if (!f.file.empty() && p.missing.empty()) p.missing = std::string(f.file);
  return std::string_view();
}

bool ResourceReady(std::string_view name) { return !Resource(name).empty(); }

bool ProvideResource(const std::string& name, std::string data) {
  if (!EmbeddedResource(name).empty() || !OptionalEmbeddedResource(name).empty()) return false;
  Provided& p = ProvidedFiles();
  std::lock_guard<std::mutex> lock(p.mu);
  return p.files.emplace(name, std::make_unique<const std::string>(std::move(data))).second;
}

std::string TakeMissingResourceFile() {
  Provided& p = ProvidedFiles();
  std::lock_guard<std::mutex> lock(p.mu);
  return std::exchange(p.missing, std::string());
}

namespace {

// The entry of FetchedResourceFiles whose `field` is `value`, or nullptr.
const FetchedFile* FindFetched(std::string_view FetchedFile::*field, std::string_view value) {
  size_t n = 0;
  const FetchedFile* files = FetchedResourceFiles(&n);
  for (size_t i = 0; i < n; ++i)
    if (files[i].*field == value) return &files[i];
  return nullptr;
}

}  // namespace

FetchedFile FetchedResourceFile(std::string_view name) {
  const FetchedFile* f = FindFetched(&FetchedFile::name, name);
  return f ? *f : FetchedFile{};
}

bool IsFetchedFile(std::string_view file) { return FindFetched(&FetchedFile::file, file); }

std::string ProvideFetchedFile(std::string_view file, std::string data) {
  const FetchedFile* f = FindFetched(&FetchedFile::file, file);
  if (!f) return "not a data file of this module: " + std::string(file);
  if (data.size() != f->size)
    return std::string(file) + ": " + std::to_string(data.size()) + " bytes, not " +
           std::to_string(f->size);
  ProvideResource(std::string(f->name), std::move(data));  // false: already there
  return "";
}

}  // namespace beian
