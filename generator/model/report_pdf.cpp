#include "model/report_pdf.hpp"

namespace candour {

bool has_report_pdf(const SiteConfig& config, const Route& route) {
    return config.pdf && route.file && route.file->front.period && route.publication == Publication::published &&
           !route.url.empty();
}

std::string report_pdf_name(const Route& route) {
    std::string folder = route.url;
    if (!folder.empty() && folder.back() == '/') folder.pop_back();
    folder = folder.substr(folder.rfind('/') + 1);
    return "report-" + folder + ".pdf";
}

std::string report_pdf_path(const Route& route) {
    return route.url + report_pdf_name(route);
}

}  // namespace candour
