#pragma once
// Which source files each output file is made from, as far as the routes
// tell: the gate names them when it cannot find the exact place of a detail
// (for example one assembled from several fields).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "load/load.hpp"
#include "model/routes.hpp"

namespace candour {

class Provenance {
public:
    Provenance(const SourceTree& tree, const Routes& routes, const std::vector<std::string>& data_files);
    // Source files behind `output_path`, best first; never empty.
    std::vector<std::string> sources_of(const std::string& output_path) const;
    // The setting that publishes a file no source file holds (the scripts
    // of interactive charts come with candour), if that is what it is.
    std::optional<SourcePos> setting_of(const std::string& output_path) const;

private:
    std::vector<std::string> data_files_under(const std::string& dir) const;

    std::map<std::string, std::vector<std::string>> by_output_;
    std::vector<std::string> data_files_;
    std::optional<SourcePos> charts_setting_;
};

}  // namespace candour
