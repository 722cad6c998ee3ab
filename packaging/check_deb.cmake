# The Debian package, checked as a user gets it (the CTest tests of FRONTLINE_PACKAGE_CHECKS). One step per run:
#
#   build    cpack -G DEB into WORK_DIR/deb (a fresh folder, so exactly one .deb is there afterwards)
#   lintian  lintian on that .deb; any E: or W: line fails (I: lines are shown; packaging/README.md lists them)
#   install  dpkg-deb --info/--contents checks, then dpkg --root into WORK_DIR/root, a throwaway root whose
#            dpkg database is a copy of this system's (so the dependencies and file conflicts are checked against
#            what is installed here, and nothing of the real system is written), then the installed frontline-cli
#            runs from there
#
#   cmake -DSTEP=build|lintian|install -DWORK_DIR=<scratch dir> -DVERSION=<project version>
#         [-DBUILD_DIR=<build dir> -DCPACK=<cpack>] [-DLINTIAN=<lintian>] [-DDPKG_DEB=<dpkg-deb> -DDPKG=<dpkg>]
#         -P packaging/check_deb.cmake

foreach(var STEP WORK_DIR VERSION)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "check_deb.cmake: ${var} is not set")
  endif()
endforeach()

set(deb_dir "${WORK_DIR}/deb")

# Runs a command; fails with its output unless it exits with 0. Leaves the output in <prefix>_out / <prefix>_err.
function(run prefix)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    list(JOIN ARGN " " cmd)
    message(FATAL_ERROR "${cmd} failed (${rc}):\n${out}\n${err}")
  endif()
  set(${prefix}_out "${out}" PARENT_SCOPE)
  set(${prefix}_err "${err}" PARENT_SCOPE)
endfunction()

function(find_deb out_var)
  file(GLOB debs "${deb_dir}/frontline_${VERSION}_*.deb")
  list(LENGTH debs n)
  if(NOT n EQUAL 1)
    message(FATAL_ERROR "Expected one frontline_${VERSION}_*.deb in ${deb_dir}, found ${n}: ${debs}. "
                        "The packaging_deb_build test makes it.")
  endif()
  set(${out_var} "${debs}" PARENT_SCOPE)
endfunction()

# --- build ---------------------------------------------------------------------------------------------------------
if(STEP STREQUAL "build")
  file(REMOVE_RECURSE "${WORK_DIR}")
  file(MAKE_DIRECTORY "${deb_dir}")
  run(cpack "${CPACK}" -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${deb_dir}")
  find_deb(deb)
  message(STATUS "Built ${deb}")
  return()
endif()

find_deb(deb)

# --- lintian -------------------------------------------------------------------------------------------------------
if(STEP STREQUAL "lintian")
  # lintian exits non-zero on errors only; warnings are caught from its output. Infos are displayed, not failed.
  execute_process(COMMAND "${LINTIAN}" --tag-display-limit 0 --display-info "${deb}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  message(STATUS "lintian ${deb}:\n${out}")
  string(REGEX MATCHALL "(^|\n)[EW]: [^\n]*" problems "${out}")
  if(NOT rc EQUAL 0 OR problems)
    message(FATAL_ERROR "lintian found errors or warnings (exit ${rc}):\n${out}\n${err}")
  endif()
  return()
endif()

if(NOT STEP STREQUAL "install")
  message(FATAL_ERROR "check_deb.cmake: unknown STEP '${STEP}' (build, lintian or install)")
endif()

# --- install: the control fields -----------------------------------------------------------------------------------
set(problems)
run(info "${DPKG_DEB}" --field "${deb}" Package Version Maintainer Architecture Depends Section)
foreach(expected "Package: frontline" "Version: ${VERSION}" "Section: science")
  if(NOT info_out MATCHES "(^|\n)${expected}\n")
    list(APPEND problems "control: no '${expected}'")
  endif()
endforeach()
if(NOT info_out MATCHES "(^|\n)Maintainer: [^<>\n]*[^<> \n] <[^<>@ \n]+@[^<>@ \n]+>\n")
  list(APPEND problems "control: the Maintainer field is not \"Name <address>\"")
endif()
# dpkg-shlibdeps filled in the libraries the programs link.
foreach(lib libqt6core6 libgdal32 libproj25 libgeos-c1v5)
  if(NOT info_out MATCHES "(^|\n)Depends: [^\n]*${lib}")
    list(APPEND problems "control: Depends does not name ${lib}")
  endif()
endforeach()

# --- install: the files and their modes ----------------------------------------------------------------------------
run(contents "${DPKG_DEB}" --contents "${deb}")
function(expect_entry mode path)
  string(REPLACE "." "\\." path_regex "${path}")
  if(NOT contents_out MATCHES "(^|\n)${mode} root/root +[0-9]+ [0-9-]+ [0-9:]+ \\./${path_regex}\n")
    set(problems ${problems} "contents: no ${mode} root/root ./${path}" PARENT_SCOPE)
  endif()
endfunction()
expect_entry("-rwxr-xr-x" "usr/bin/frontline")
expect_entry("-rwxr-xr-x" "usr/bin/frontline-cli")
expect_entry("-rw-r--r--" "usr/share/doc/frontline/copyright")
expect_entry("-rw-r--r--" "usr/share/doc/frontline/changelog.gz")
expect_entry("-rw-r--r--" "usr/share/man/man1/frontline-cli.1.gz")
expect_entry("-rw-r--r--" "usr/share/frontline/geodata/SOURCES.md")
# The programs are the only executables, and the scripts that built the geodata stay out.
string(REGEX MATCHALL "(^|\n)-[^ ]*x[^ ]* [^\n]*" executables "${contents_out}")
foreach(line IN LISTS executables)
  if(NOT line MATCHES "\\./usr/bin/frontline(-cli)?$")
    string(STRIP "${line}" line)
    list(APPEND problems "contents: unexpected executable: ${line}")
  endif()
endforeach()
string(REGEX MATCHALL "\\./usr/share/[^\n]*\\.(py|sh)(\n|$)" scripts "${contents_out}")
foreach(script IN LISTS scripts)
  string(STRIP "${script}" script)
  list(APPEND problems "contents: script installed under /usr/share: ${script}")
endforeach()

# --- install: dpkg into a throwaway root ---------------------------------------------------------------------------
# A copy of this system's dpkg status and file lists (not its maintainer scripts or triggers): dpkg checks the
# Depends and file conflicts against the packages installed here, and writes only below WORK_DIR.
set(root "${WORK_DIR}/root")
set(admin "${root}/var/lib/dpkg")
file(REMOVE_RECURSE "${root}")
file(MAKE_DIRECTORY "${admin}/info" "${admin}/updates" "${root}/var/log")
file(COPY_FILE /var/lib/dpkg/status "${admin}/status")
file(GLOB lists /var/lib/dpkg/info/*.list)
file(COPY ${lists} DESTINATION "${admin}/info")
run(dpkg "${DPKG}" --root=${root} --log=${root}/var/log/dpkg.log --force-not-root --no-triggers
    --install "${deb}")
run(status "${DPKG}" --root=${root} --status frontline)
if(NOT status_out MATCHES "(^|\n)Status: install ok installed\n")
  list(APPEND problems "dpkg --root: frontline is not 'install ok installed':\n${status_out}")
endif()

# The changelog names this version first.
if(EXISTS "${root}/usr/share/doc/frontline/changelog.gz")
  run(changelog gzip -dc "${root}/usr/share/doc/frontline/changelog.gz")
  if(NOT changelog_out MATCHES "^frontline \\(${VERSION}\\) ")
    string(REGEX MATCH "^[^\n]*" first "${changelog_out}")
    list(APPEND problems "changelog.gz: the newest entry is not frontline (${VERSION}): ${first}")
  endif()
endif()

# --- install: the installed command line runs (the system's Qt, GDAL, PROJ, GEOS) ----------------------------------
set(cli "${root}/usr/bin/frontline-cli")
run(version "${cli}" --version)
if(NOT version_out MATCHES "^frontline-cli ${VERSION}\n")
  list(APPEND problems "frontline-cli --version printed '${version_out}', expected 'frontline-cli ${VERSION}'")
endif()
run(search "${cli}" search Saraqib)
if(NOT search_out MATCHES "(^|\n)saraqib\tSaraqib\tSaraqeb\tسراقب\t")
  list(APPEND problems "frontline-cli search Saraqib did not find the town:\n${search_out}")
endif()

if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "${deb}:\n  ${text}")
endif()
message(STATUS "${deb} installs into ${root}; its frontline-cli runs: ${version_out}")
