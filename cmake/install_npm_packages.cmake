# Installs the npm packages candour runs with, and none of those only its
# tests use: every package in NPM_PACKAGE_DIR/package-lock.json not marked
# "dev". An optional package that is not there is for another platform
# (Pagefind ships one a platform) and is skipped; any other missing package
# stops the install. Run by `cmake --install` (CMakeLists.txt) with
#   NPM_PACKAGE_DIR  the folder holding package-lock.json and node_modules/
#   NPM_DESTINATION  the folder to hold the copy of node_modules/
# Read with CMake's own JSON, so installing needs neither npm nor a network.
file(READ "${NPM_PACKAGE_DIR}/package-lock.json" lock)
string(JSON packages GET "${lock}" packages)
string(JSON count LENGTH "${packages}")
math(EXPR last "${count} - 1")
set(installed 0)
foreach(i RANGE ${last})
  string(JSON path MEMBER "${packages}" ${i})
  # "" is the project itself; every package is node_modules/<name>, nested or not.
  if(NOT path MATCHES "(^|/)node_modules/")
    continue()
  endif()
  string(JSON dev ERROR_VARIABLE not_dev GET "${packages}" "${path}" dev)
  if(dev STREQUAL "ON")
    continue()
  endif()
  if(NOT IS_DIRECTORY "${NPM_PACKAGE_DIR}/${path}")
    string(JSON optional ERROR_VARIABLE not_optional GET "${packages}" "${path}" optional)
    if(optional STREQUAL "ON")
      continue()
    endif()
    message(FATAL_ERROR "${NPM_PACKAGE_DIR}/package-lock.json: error: the npm package ${path} is not installed; "
                        "run scripts/install-deps.sh, then install again")
  endif()
  get_filename_component(parent "${path}" DIRECTORY)
  # A package's own node_modules/ holds other packages, each installed by its own entry.
  file(INSTALL DESTINATION "${NPM_DESTINATION}/${parent}" TYPE DIRECTORY FILES "${NPM_PACKAGE_DIR}/${path}"
       USE_SOURCE_PERMISSIONS MESSAGE_NEVER PATTERN "node_modules" EXCLUDE)
  math(EXPR installed "${installed} + 1")
endforeach()
message(STATUS "Installing: ${installed} npm packages into ${NPM_DESTINATION}/node_modules")
