# cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<app/> -DWORK_DIR=<scratch> -DTS_FILES=<a.ts|b.ts> -P CheckTranslations.cmake
#
# Runs lupdate over the sources into copies of the .ts files (the source tree is never touched)
# and fails when any language lacks a string: a new source text arrives unfinished, a changed or
# removed one turns vanished/obsolete, and an entry may be left empty. The English file (*_en.ts)
# only translates the plural forms ("%n file(s)"), so there only numerus entries count.
string(REPLACE "|" ";" TS_FILES "${TS_FILES}")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies)
foreach(ts IN LISTS TS_FILES)
    if(NOT EXISTS "${ts}")
        message(FATAL_ERROR "Translation file ${ts} is missing.")
    endif()
    get_filename_component(name "${ts}" NAME)
    file(COPY_FILE "${ts}" "${WORK_DIR}/${name}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()

execute_process(COMMAND "${LUPDATE}" -recursive "${SOURCE_DIR}" -locations none -ts ${copies}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result}):\n${output}")
endif()

set(problems "")
foreach(copy IN LISTS copies)
    get_filename_component(name "${copy}" NAME)
    set(plurals_only OFF)
    if(name MATCHES "_en\\.ts$")
        set(plurals_only ON)
    endif()
    file(READ "${copy}" content)
    # One <message> per entry; check each for a missing or unfinished translation.
    # Make the file a CMake list of entries: hide the characters that CMake lists treat specially.
    string(REPLACE ";" "&#59;" content "${content}")
    string(REPLACE "[" "&#91;" content "${content}")
    string(REPLACE "]" "&#93;" content "${content}")
    string(REPLACE "</message>" "</message>;" content_list "${content}")
    foreach(entry IN LISTS content_list)
        if(NOT entry MATCHES "<message" OR (plurals_only AND NOT entry MATCHES "numerus=\"yes\""))
            continue()
        endif()
        string(REGEX MATCH "<source>[^<]*</source>" source "${entry}")
        string(REGEX REPLACE "</?source>" "" source "${source}")
        if(entry MATCHES "type=\"(unfinished|vanished|obsolete)\"")
            string(APPEND problems "  ${name}: ${CMAKE_MATCH_1}: \"${source}\"\n")
        elseif(entry MATCHES "<translation>[ \t\n]*</translation>|<translation/>|<numerusform>[ \t\n]*</numerusform>")
            string(APPEND problems "  ${name}: empty: \"${source}\"\n")
        endif()
    endforeach()
endforeach()

if(problems)
    message(FATAL_ERROR
        "Some strings are not translated in every language:\n${problems}"
        "Update the .ts files with `cmake --build <build dir> --target update_translations`, "
        "translate the entries listed above in translations/*.ts (Qt Linguist or by hand), and "
        "remove vanished ones.")
endif()
list(LENGTH copies count)
message(STATUS "All strings are translated in ${count} languages.")
