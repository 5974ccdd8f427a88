# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when any file under app/ other than main.cpp includes a QtWidgets or QtGui header.
file(GLOB_RECURSE files ${SRC}/*.h ${SRC}/*.cpp)
foreach(f ${files})
  if(f MATCHES "/main\\.cpp$")
    continue()
  endif()
  file(STRINGS ${f} hits REGEX "#include *<(QtWidgets|QtGui|QApplication|QWidget|QMainWindow|QDialog|QGuiApplication|QColor)")
  if(hits)
    message(FATAL_ERROR "${f} includes a GUI header: ${hits}")
  endif()
endforeach()
message(STATUS "app/ includes no widget headers")
