# fornax_add_test(NAME <name> SOURCES <files...> LABELS <unit|integration|gui|process> [LIBRARIES <libs...>]
#                 [TIMEOUT <seconds>] [WRAPPER <command...>])
#
# Builds one Qt Test executable and registers it with CTest, with the environment every test
# needs: its own HOME and XDG folders inside the build tree (a test never touches the user's
# files), the platform (offscreen for unit and integration, the Xvfb display for gui), and the
# local hub fixture for the labels that talk to a hub. WRAPPER runs the test through a command,
# e.g. `dbus-run-session --` for a D-Bus session of its own.

set(FORNAX_TEST_ROOT "${CMAKE_BINARY_DIR}/test-output")
set(FORNAX_TEST_HUB_DIR "${FORNAX_TEST_ROOT}/hub")
set(FORNAX_TEST_ARTIFACTS "${FORNAX_TEST_ROOT}/artifacts")
set(FORNAX_DEMO_HUB "${PROJECT_SOURCE_DIR}/tests/fixtures/hub/demo_hub.py")

function(fornax_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "ARGS;SOURCES;LABELS;LIBRARIES;WRAPPER" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 180)
    endif()
    set(target "tst_${ARG_NAME}")
    add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE fornax-testsupport ${ARG_LIBRARIES} Qt6::Test fornax_warnings)
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${target}> ${ARG_ARGS})

    set(home "${FORNAX_TEST_ROOT}/home/${ARG_NAME}")
    set(env
        "HOME=${home}"
        "XDG_CONFIG_HOME=${home}/.config"
        "XDG_DATA_HOME=${home}/.local/share"
        "XDG_CACHE_HOME=${home}/.cache"
        "LANG=C.UTF-8"
        "FORNAX_TEST_ARTIFACTS=${FORNAX_TEST_ARTIFACTS}"
        "FORNAX_TEST_HUB_STATE=${FORNAX_TEST_HUB_DIR}/state.json"
        "QT_LOGGING_RULES=qt.webenginecontext.info=false"
        "QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu --no-sandbox"
        "QTWEBENGINE_DISABLE_SANDBOX=1")
    if("gui" IN_LIST ARG_LABELS)
        list(APPEND env "QT_QPA_PLATFORM=xcb")
    else()
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    if(FORNAX_SANITIZE)
        list(APPEND env ${FORNAX_SANITIZER_ENV})
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "${env}")
    if("integration" IN_LIST ARG_LABELS OR "gui" IN_LIST ARG_LABELS OR "process" IN_LIST ARG_LABELS)
        set_tests_properties(${ARG_NAME} PROPERTIES FIXTURES_REQUIRED demo_hub)
    endif()
    fornax_lock_shared_resources(${ARG_NAME} "${ARG_LABELS}")
endfunction()

# ctest runs tests in parallel (tests/run-all.sh: -j3; most of a test's time is waiting on a
# hub, a server or a timer). Tests are independent by construction — each has its own HOME and
# its own hub user, so its own server, home folder and keychain entries — except for what one
# test session shares: the one X display (windows, focus, the tray, xdotool's pointer) and the
# one sshd fixture (its test user's password). Tests that use them take a lock and so run one
# at a time among themselves, beside everything else.
function(fornax_lock_shared_resources test labels)
    if("gui" IN_LIST labels OR "process" IN_LIST labels)
        set_property(TEST ${test} APPEND PROPERTY RESOURCE_LOCK display)
    endif()
endfunction()

# The local JupyterHub, started once per ctest run for the tests that need it.
function(fornax_add_hub_fixture)
    add_test(NAME hub.start COMMAND /usr/bin/python3 "${FORNAX_DEMO_HUB}" start
        --state-dir "${FORNAX_TEST_HUB_DIR}" --timeout 90)
    add_test(NAME hub.stop COMMAND /usr/bin/python3 "${FORNAX_DEMO_HUB}" stop
        --state-dir "${FORNAX_TEST_HUB_DIR}")
    set_tests_properties(hub.start PROPERTIES FIXTURES_SETUP demo_hub LABELS "integration;gui;process" TIMEOUT 120)
    set_tests_properties(hub.stop PROPERTIES FIXTURES_CLEANUP demo_hub LABELS "integration;gui;process" TIMEOUT 60)
endfunction()

# A real OpenSSH sshd on a free loopback port with its own host key and test user's keys
# (tests/fixtures/sshd), started once per ctest run for the tests that call
# fornax_use_sshd_fixture(<test>); they read its coordinates from $FORNAX_TEST_SSHD_STATE.
set(FORNAX_TEST_SSHD_DIR "${FORNAX_TEST_ROOT}/sshd")
set(FORNAX_SSHD_FIXTURE "${PROJECT_SOURCE_DIR}/tests/fixtures/sshd/sshd_fixture.py")
function(fornax_add_sshd_fixture)
    add_test(NAME sshd.start COMMAND /usr/bin/python3 "${FORNAX_SSHD_FIXTURE}" start
        --state-dir "${FORNAX_TEST_SSHD_DIR}")
    add_test(NAME sshd.stop COMMAND /usr/bin/python3 "${FORNAX_SSHD_FIXTURE}" stop
        --state-dir "${FORNAX_TEST_SSHD_DIR}")
    set_tests_properties(sshd.start PROPERTIES FIXTURES_SETUP sshd LABELS integration TIMEOUT 60)
    set_tests_properties(sshd.stop PROPERTIES FIXTURES_CLEANUP sshd LABELS integration TIMEOUT 60)
endfunction()

# The test needs the sshd, not the hub.
function(fornax_use_sshd_fixture test)
    set_tests_properties(${test} PROPERTIES FIXTURES_REQUIRED sshd)
    set_property(TEST ${test} APPEND PROPERTY RESOURCE_LOCK sshd)
    set_property(TEST ${test} APPEND PROPERTY ENVIRONMENT
        "FORNAX_TEST_SSHD_STATE=${FORNAX_TEST_SSHD_DIR}/state.json"
        "FORNAX_SSHD_FIXTURE=${FORNAX_SSHD_FIXTURE}")
endfunction()

# fornax_add_test_run(NAME <name> OF <test> ARGS <args...> [ENVIRONMENT <VAR=value...>]
#                     [LABELS <labels...>] [OWN_HOME])
#
# Another run of an existing test's executable, with the same environment and HOME, after it:
# for tests that must cross a real restart of the app (a new process), such as a sign-in kept
# across runs. ARGS usually name the test functions to run. ENVIRONMENT adds variables, LABELS
# adds labels, OWN_HOME gives the run a HOME (and XDG folders) of its own.
function(fornax_add_test_run)
    cmake_parse_arguments(ARG "OWN_HOME" "NAME;OF" "ARGS;ENVIRONMENT;LABELS" ${ARGN})
    add_test(NAME ${ARG_NAME} COMMAND tst_${ARG_OF} ${ARG_ARGS})
    foreach(property LABELS TIMEOUT ENVIRONMENT FIXTURES_REQUIRED RESOURCE_LOCK)
        get_test_property(${ARG_OF} ${property} value)
        if(value)
            set_tests_properties(${ARG_NAME} PROPERTIES ${property} "${value}")
        endif()
    endforeach()
    if(ARG_OWN_HOME)
        get_test_property(${ARG_NAME} ENVIRONMENT env)
        list(TRANSFORM env REPLACE "/home/${ARG_OF}(/|$)" "/home/${ARG_NAME}\\1")
        set_tests_properties(${ARG_NAME} PROPERTIES ENVIRONMENT "${env}")
    endif()
    if(ARG_ENVIRONMENT)
        set_property(TEST ${ARG_NAME} APPEND PROPERTY ENVIRONMENT ${ARG_ENVIRONMENT})
    endif()
    if(ARG_LABELS)
        set_property(TEST ${ARG_NAME} APPEND PROPERTY LABELS ${ARG_LABELS})
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES DEPENDS ${ARG_OF})
endfunction()

# fornax_add_flavour_run(<test>)
#
# The test once more against jupyter_server single-user servers (what Fornax runs, with the
# keep-alive extension) instead of Notebook 6: <test>.jupyter_server, labelled
# flavour.jupyter_server, with a HOME of its own. $FORNAX_TEST_FLAVOUR tells TestHub, which gives
# the run users of its own with that flavour (tests name them through TestHub::user()).
function(fornax_add_flavour_run test)
    fornax_add_test_run(NAME ${test}.jupyter_server OF ${test} OWN_HOME
        ENVIRONMENT "FORNAX_TEST_FLAVOUR=jupyter_server"
        LABELS flavour.jupyter_server)
endfunction()
