# Trial installation of the build tree into a scratch prefix, then checks that the packaging files, the geodata
# and (once app/ defines them) the executables landed where a Debian package expects them.
#
#   cmake -DBUILD_DIR=<build> -DPREFIX=<scratch dir> -DSOURCE_DIR=<source> -DVERSION=<project version>
#         [-DCONFIG=<config>] [-DDATADIR=share] [-DMANDIR=share/man] [-DBINDIR=bin]
#         [-DBINARIES=frontline;frontline-cli] -P packaging/check_install.cmake

foreach(var BUILD_DIR PREFIX SOURCE_DIR VERSION)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "check_install.cmake: ${var} is not set")
  endif()
endforeach()
if(NOT DATADIR)
  set(DATADIR share)
endif()
if(NOT MANDIR)
  set(MANDIR share/man)
endif()
if(NOT BINDIR)
  set(BINDIR bin)
endif()

set(app_id org.frontline.Frontline)

# --- install -------------------------------------------------------------------------------------------------------
file(REMOVE_RECURSE "${PREFIX}")
set(install_cmd "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}")
if(CONFIG)
  list(APPEND install_cmd --config "${CONFIG}")
endif()
execute_process(COMMAND ${install_cmd} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}\n${err}")
endif()

# --- what must be there --------------------------------------------------------------------------------------------
set(missing)
macro(expect_file path)
  if(NOT EXISTS "${PREFIX}/${path}" OR IS_DIRECTORY "${PREFIX}/${path}")
    list(APPEND missing "${path}")
  endif()
endmacro()

expect_file(${DATADIR}/applications/${app_id}.desktop)
expect_file(${DATADIR}/metainfo/${app_id}.metainfo.xml)
expect_file(${DATADIR}/icons/hicolor/scalable/apps/${app_id}.svg)
foreach(page frontline.1 frontline-cli.1)
  # Compressed when gzip was found at configure time, plain otherwise.
  if(NOT EXISTS "${PREFIX}/${MANDIR}/man1/${page}.gz" AND NOT EXISTS "${PREFIX}/${MANDIR}/man1/${page}")
    list(APPEND missing "${MANDIR}/man1/${page}[.gz]")
  endif()
endforeach()
expect_file(${DATADIR}/frontline/geodata/SOURCES.md)
expect_file(${DATADIR}/doc/frontline/copyright)
if(NOT EXISTS "${PREFIX}/${DATADIR}/doc/frontline/changelog.gz" AND NOT EXISTS "${PREFIX}/${DATADIR}/doc/frontline/changelog")
  list(APPEND missing "${DATADIR}/doc/frontline/changelog[.gz]")
endif()
file(GLOB_RECURSE geodata_files "${PREFIX}/${DATADIR}/frontline/geodata/*.geojson")
if(NOT geodata_files)
  list(APPEND missing "${DATADIR}/frontline/geodata/**/*.geojson")
endif()
foreach(binary IN LISTS BINARIES)
  expect_file(${BINDIR}/${binary})
endforeach()

# The scripts that built the geodata are development tools: they stay out of the installed data.
file(GLOB_RECURSE installed_scripts RELATIVE "${PREFIX}" "${PREFIX}/${DATADIR}/*.py" "${PREFIX}/${DATADIR}/*.sh")
if(installed_scripts)
  list(JOIN installed_scripts "\n  " scripts_text)
  message(FATAL_ERROR "Scripts installed under ${PREFIX}/${DATADIR}:\n  ${scripts_text}")
endif()

if(missing)
  list(JOIN missing "\n  " missing_text)
  message(FATAL_ERROR "Not installed under ${PREFIX}:\n  ${missing_text}")
endif()

# --- versions agree with the project -------------------------------------------------------------------------------
# The newest release is listed first in the metainfo; the man pages name the version in their title line.
file(READ "${SOURCE_DIR}/packaging/${app_id}.metainfo.xml" metainfo)
string(REGEX MATCH "<release [^>]*version=\"([^\"]*)\"" _ "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
  message(FATAL_ERROR "Newest release in ${app_id}.metainfo.xml is '${CMAKE_MATCH_1}', the project is ${VERSION}")
endif()
foreach(page frontline.1 frontline-cli.1)
  file(STRINGS "${SOURCE_DIR}/packaging/${page}" th REGEX "^\\.TH ")
  if(NOT th MATCHES "\"Frontline ${VERSION}\"")
    message(FATAL_ERROR "${page}: the .TH line does not name Frontline ${VERSION}: ${th}")
  endif()
endforeach()

list(LENGTH geodata_files n_geodata)
message(STATUS "Install tree under ${PREFIX} is complete (${n_geodata} GeoJSON files, binaries: ${BINARIES})")
