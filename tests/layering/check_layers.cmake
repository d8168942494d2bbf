# The layering check (ARCHITECTURE.md, "Layers"): run as `cmake -DROOT=<source dir> -P check_layers.cmake`.
# Layers point one way, ui -> app -> connectors -> models: a file may include headers of its own layer and of the
# layers below it, never above. On top of that, ui/ talks to app/ only: no ui/ file includes a repository, the
# database, the store repair, the transport, a secret store implementation, the poller, the sandbox or a vendor's
# connector internals. Exits with an error that names every offending include.
cmake_minimum_required(VERSION 3.21)
if(NOT ROOT)
    message(FATAL_ERROR "check_layers: pass -DROOT=<source dir>")
endif()

string(REGEX REPLACE "([][+.*()^$?|\\\\])" "\\\\\\1" root_regex "${ROOT}")
set(layers models connectors app ui) # bottom to top
set(headers_of_models "")
foreach(layer IN LISTS layers)
    file(GLOB_RECURSE found RELATIVE ${ROOT}/${layer} ${ROOT}/${layer}/*.h)
    set(headers_of_${layer} ${found})
endforeach()

# The layer that holds the header an #include names (by its path relative to a layer folder, or to one of that
# layer's include folders, i.e. the end of the path), or nothing for Qt, system and generated headers.
function(owner_of include out)
    foreach(layer IN LISTS layers)
        foreach(h IN LISTS headers_of_${layer})
            if(h STREQUAL include OR h MATCHES "(^|/)${include_regex}$")
                set(${out} ${layer} PARENT_SCOPE)
                return()
            endif()
        endforeach()
    endforeach()
    set(${out} "" PARENT_SCOPE)
endfunction()

# What ui/ must not include even though it lies below it.
set(ui_forbidden
    "Repository\\.h$" "(^|/)Database\\.h$" "(^|/)StoreRepair\\.h$" "(^|/)Transport\\.h$" "(^|/)HttpHeaders\\.h$"
    "(^|/)(Keychain|Memory|Env|Headless)SecretStore\\.h$" "(^|/)Poller\\.h$"
    "(^|/)sandbox/" "Sandbox[A-Za-z]*\\.h$" "Connector\\.h$" "Parser\\.h$" "(^|/)ConnectorRegistry\\.h$"
    "(^|/)VendorJson\\.h$" "(^|/)ResponseSignals\\.h$")

set(problems "")
list(LENGTH layers layer_count)
foreach(rank RANGE 0 3)
    list(GET layers ${rank} layer)
    file(GLOB_RECURSE sources ${ROOT}/${layer}/*.h ${ROOT}/${layer}/*.cpp)
    # The executable's entry point (app/main.cpp) is the one file that sees every layer: it starts the window.
    list(FILTER sources EXCLUDE REGEX "^${root_regex}/app/main\\.cpp$")
    foreach(source IN LISTS sources)
        file(STRINGS ${source} lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
        file(RELATIVE_PATH shown ${ROOT} ${source})
        foreach(line IN LISTS lines)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*$" "\\1" include "${line}")
            get_filename_component(dir ${source} DIRECTORY)
            get_filename_component(resolved "${include}" ABSOLUTE BASE_DIR ${dir})
            if(line MATCHES "\"" AND EXISTS ${resolved} AND resolved MATCHES "^${root_regex}/([a-z]+)/")
                set(owner ${CMAKE_MATCH_1}) # a quoted include found beside the file: its folder says its layer
                list(FIND layers ${owner} known)
                if(known LESS 0)
                    continue()
                endif()
            else()
                string(REGEX REPLACE "([][+.*()^$?|\\\\])" "\\\\\\1" include_regex "${include}")
                owner_of("${include}" owner)
            endif()
            if(owner STREQUAL "")
                continue()
            endif()
            list(FIND layers ${owner} owner_rank)
            if(owner_rank GREATER rank)
                list(APPEND problems "${shown}: includes ${include} from ${owner}/ (a layer above ${layer}/)")
            endif()
            if(layer STREQUAL "ui" AND NOT owner STREQUAL "ui")
                foreach(pattern IN LISTS ui_forbidden)
                    if(include MATCHES "${pattern}")
                        list(APPEND problems "${shown}: includes ${include} (ui/ talks to app/ services only)")
                        break()
                    endif()
                endforeach()
            endif()
        endforeach()
    endforeach()
endforeach()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "Layering violations (see ARCHITECTURE.md, \"Layers\"):\n  ${text}")
endif()
message(STATUS "check_layers: models <- connectors <- app <- ui, and ui/ talks to app/ only")
