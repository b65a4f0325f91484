#pragma once
// Every detector the privacy gate runs, one file each.
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "privacy/detect/detector.hpp"

namespace candour::detect {

std::unique_ptr<Detector> email_detector();
std::unique_ptr<Detector> phone_detector();
std::unique_ptr<Detector> postcode_detector();
std::unique_ptr<Detector> national_insurance_detector();
std::unique_ptr<Detector> birth_date_detector();
std::unique_ptr<Detector> crime_reference_detector();
std::unique_ptr<Detector> name_with_age_detector();
std::unique_ptr<Detector> titled_name_detector();
std::unique_ptr<Detector> street_address_detector();
// The names and terms listed in site.yaml (normalised).
std::unique_ptr<Detector> term_detector(std::vector<std::string> terms);
// A force's own crime reference format (site.yaml), or nothing if the
// regular expression is not valid (`error` says why).
std::unique_ptr<Detector> crime_reference_pattern(const std::string& pattern, std::string& error);

}  // namespace candour::detect
