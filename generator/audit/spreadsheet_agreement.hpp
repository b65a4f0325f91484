#pragma once
// Each spreadsheet beside a KPI download CSV must say what the CSV says: the
// same rows, every figure and symbol the same. The audit attacks the figures
// of the CSVs; this check, read from the published bytes of both files, makes
// its verdict hold for the spreadsheets too.
#include <string>
#include <vector>

#include "io/output_file.hpp"

namespace candour {

// One line for each disagreement ("data/kpi-2024-25-q2.xlsx: charges 2024-25
// Q2 sex Male, Value: 4 where the CSV has [c]"), at most 20 a file.
std::vector<std::string> spreadsheet_disagreements(const std::vector<OutputFile>& files);

}  // namespace candour
