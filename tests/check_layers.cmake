# SPDX-License-Identifier: GPL-3.0-or-later
# The layer rule, enforced (README "Architecture"): a file under app/, ui/ or sandbox/ includes
# only its own folder or a folder of a lower layer. Folders on one line are one layer and do not
# include each other. Fails with every include that goes against that order.
#   cmake -DROOT=<repository> -P check_layers.cmake
set(layers
  "app/Version.h app/json app/i18n app/platform" # leaves: no project includes
  "app/track"                  # Track value types and their JSON
  "app/focus"                  # Focus value types and their JSON
  "app/time"                   # Clock, DurationParser
  "app/notify"                 # desktop notifications (org.freedesktop.Notifications)
  "app/api"                    # HTTP: transport, the Track and Focus clients
  "app/credentials app/cli"    # keychain and sign-in; the command line
  "app/sync"                   # local store, outbox, senders, sync engines
  "app/models"                 # item models the widgets bind to
  "app/report"                 # the weekly report: totals per project and day, its table, CSV
  "app/session"                # TrackSession, FocusSession: the one place for data and writes
  "app/bulk"                   # bulk edits over the sessions
  "app/timer"                  # the timer bar's controller
  "app/presence"               # idle, sleep, shutdown and lock: what they do to the running timer
  "app/reminders app/pomodoro" # reminders to track; the Pomodoro (over the timer)
  "app/core"                   # the composition root of the core: owns all of the above
  "app/remote"                 # the timer on D-Bus and the command line's verbs, over the core
  "ui/common"
  "ui/undo"                    # the window's undo stack and its commands (over the session and timer)
  "ui/timer ui/about ui/settings ui/signin ui/tray ui/report ui/presence ui/pomodoro"
  "ui/entries ui/timeline"     # the entries table; the day and week timeline
  "ui/bulk"
  "ui/focus"
  "ui/main"
  "ui/shell"                   # the composition root of the widgets: windows and tray
  "app/main.cpp"               # builds the executable: sees everything
)
set(rank 0)
foreach(line IN LISTS layers)
  string(REPLACE " " ";" folders "${line}")
  foreach(folder IN LISTS folders)
    set(rank_${folder} ${rank})
  endforeach()
  math(EXPR rank "${rank} + 1")
endforeach()

# The layer key of a repository path: app/main.cpp and app/Version.h stand alone, else the folder.
function(layer_of path out)
  if(path STREQUAL "app/main.cpp" OR path STREQUAL "app/Version.h")
    set(${out} ${path} PARENT_SCOPE)
  else()
    get_filename_component(dir ${path} DIRECTORY)
    set(${out} ${dir} PARENT_SCOPE)
  endif()
endfunction()

set(errors "")
file(GLOB_RECURSE files RELATIVE ${ROOT} ${ROOT}/app/*.h ${ROOT}/app/*.cpp ${ROOT}/ui/*.h ${ROOT}/ui/*.cpp
     ${ROOT}/sandbox/*.h ${ROOT}/sandbox/*.cpp)
foreach(f IN LISTS files)
  layer_of(${f} from)
  file(STRINGS ${ROOT}/${f} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
  foreach(line IN LISTS includes)
    string(REGEX REPLACE "^[^\"]*\"([^\"]*)\".*" "\\1" inc "${line}")
    if(inc MATCHES "\\.moc$")
      continue()
    endif()
    if(f MATCHES "^sandbox/")
      if(NOT inc MATCHES "^sandbox/") # the sandbox reads the API on its own: no client code
        string(APPEND errors "  ${f}: ${inc} (the sandbox includes only sandbox/)\n")
      endif()
      continue()
    endif()
    if(f STREQUAL "app/main.cpp" AND inc MATCHES "^tests/bench/") # the probe, -DPUNCHCLOCK_BENCH=ON only
      continue()
    endif()
    if(NOT inc MATCHES "^(app|ui)/")
      string(APPEND errors "  ${f}: \"${inc}\" does not name its layer (app/... or ui/...)\n")
      continue()
    endif()
    layer_of(${inc} to)
    if(from STREQUAL to)
      continue()
    endif()
    if(NOT DEFINED rank_${from} OR NOT DEFINED rank_${to})
      string(APPEND errors "  ${f}: ${inc} (${from} or ${to} is in no layer: add it to check_layers.cmake and the README)\n")
    elseif(NOT rank_${to} LESS rank_${from})
      string(APPEND errors "  ${f}: ${inc} (${from} may not include ${to})\n")
    endif()
  endforeach()
endforeach()
if(errors)
  message(FATAL_ERROR "Includes against the layer order:\n${errors}")
endif()
list(LENGTH files count)
message(STATUS "${count} files follow the layer order")
