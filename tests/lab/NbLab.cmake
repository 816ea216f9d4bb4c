# The test lab's CMake interface, shared by tests/lab and every directory
# that adds tests needing the lab (include it; it is safe to include twice).
include_guard(GLOBAL)

set(NBLAB_DIR "/tmp/nbconsole-lab/ctest" CACHE PATH
    "Directory of the test lab; it must be traversable by the lab user and postgres")
set(NBLAB_NET "127.0.1" CACHE STRING
    "First three octets of the lab's loopback addresses (DB .9, LB .10, apps .11...)")
set(NBLAB_PYTHON "/usr/bin/python3" CACHE FILEPATH
    "Debian's Python: the lab needs python3-yaml and python3-psycopg2")
set(NBLAB_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/lab.py" CACHE INTERNAL "The lab's command")

# Runs `lab.py reset`: nodes stopped, empty database, initial compose files
# and load balancer. Use it as a test's COMMAND, or run the lab_reset target.
set(NBLAB_RESET_COMMAND ${NBLAB_PYTHON} ${NBLAB_SCRIPT} reset --dir ${NBLAB_DIR}
    CACHE INTERNAL "Command that resets the test lab")

# nblab_add_test(NAME COMMAND cmd... [LABELS l...] [ENVIRONMENT k=v...] [TIMEOUT s])
# A test against the lab: it needs the lab fixture, never runs beside another
# lab test, and finds the lab through NBLAB_DIR (lab.json describes the rest).
function(nblab_add_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT;WORKING_DIRECTORY" "COMMAND;LABELS;ENVIRONMENT"
                        ${ARGN})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  if(NOT ARG_WORKING_DIRECTORY)
    set(ARG_WORKING_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
  endif()
  add_test(NAME ${name} COMMAND ${ARG_COMMAND} WORKING_DIRECTORY ${ARG_WORKING_DIRECTORY})
  set_tests_properties(${name} PROPERTIES
    FIXTURES_REQUIRED lab
    RESOURCE_LOCK lab
    LABELS "integration;lab;${ARG_LABELS}"
    TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "NBLAB_DIR=${NBLAB_DIR};NBLAB_NET=${NBLAB_NET};NBLAB_PYTHON=${NBLAB_PYTHON};NBLAB_SCRIPT=${NBLAB_SCRIPT};${ARG_ENVIRONMENT}")
endfunction()
