#pragma once
// What every candour command returns to the shell.
namespace candour {

inline constexpr int exit_ok = 0;
inline constexpr int exit_content_errors = 1;  // problems in the site's files, all listed
inline constexpr int exit_usage = 2;           // a mistake in the command itself

}  // namespace candour
