# Stands in for a packaging check whose tool was not found at configure time, so that the test fails with a clear
# message instead of being skipped.
#   cmake -DTOOL=<program> -DDEBIAN_PACKAGE=<package> -P packaging/missing_tool.cmake
message(FATAL_ERROR "${TOOL} was not found when the project was configured. "
                    "Install the Debian package ${DEBIAN_PACKAGE} and configure again.")
