#include "core/resources.h"

#include <map>
#include <memory>
#include <mutex>

namespace beian {
namespace {

struct Provided {
  std::mutex mu;
  std::map<std::string, std::unique_ptr<const std::string>, std::less<>> files;  // never erased
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
  return it == p.files.end() ? std::string_view() : std::string_view(*it->second);
}

bool ProvideResource(const std::string& name, std::string data) {
  if (!Resource(name).empty()) return false;
  Provided& p = ProvidedFiles();
  std::lock_guard<std::mutex> lock(p.mu);
  return p.files.emplace(name, std::make_unique<const std::string>(std::move(data))).second;
}

}  // namespace beian
