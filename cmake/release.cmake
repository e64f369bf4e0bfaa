# release.cmake - what a release ships besides the build itself, included at
# the end of the root CMakeLists.txt (after every wg_part):
#   * the versions `wasmgate --version` prints for wabt and binaryen;
#   * libwasmgate as one static library and (WG_SHARED_LIB, on by default)
#     a shared one, made of every part's objects, with its headers,
#     wasmgate.pc and a CMake config package (component `dev`; the .so is
#     component `shlib`, which `cmake --install` installs and CPack leaves
#     out: a Debian shared library wants its own runtime package);
#   * the man page wasmgate(1) and the bash completion, generated at build
#     time from the built binary's own --help text (scripts/gen-manpage.sh,
#     scripts/gen-completion.sh), so they cannot drift from it (component
#     `cli`, the default component of every other install() rule);
#   * CPack: Debian packages `wasmgate` (cli) and `libwasmgate-dev` (dev),
#     their library dependencies computed by dpkg-shlibdeps; a source tarball.
# The version is project(VERSION) in CMakeLists.txt, nowhere else.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# --- versions of the linked libraries (wabt is static: its build-time version is the one linked)
set(WG_BINARYEN_VERSION unknown)
find_program(WASM_OPT wasm-opt)
if(WASM_OPT)
  execute_process(COMMAND ${WASM_OPT} --version OUTPUT_VARIABLE _wg_out ERROR_QUIET)
  if(_wg_out MATCHES "version ([0-9][0-9.]*)")
    set(WG_BINARYEN_VERSION ${CMAKE_MATCH_1})
  endif()
endif()
target_compile_definitions(wasmgate PRIVATE
  WG_WABT_VERSION="${wabt_VERSION}" WG_BINARYEN_VERSION="${WG_BINARYEN_VERSION}")

# --- libwasmgate.a and (WG_SHARED_LIB) libwasmgate.so: every part's
# objects; they link the parts' own external libraries (whatever wg_part()
# was given that is not a part).  Debian's libwabt.a is PIE code, not PIC:
# it links into the .so only because libwasmgate.map makes every wabt
# symbol local (so its PC-relative references stay inside the library) and
# cmake/libwasmgate_stdio.c gives it the one thing it reaches outside that
# way, glibc's stdin/stdout/stderr.
option(WG_SHARED_LIB "Also build libwasmgate.so (exports wg_* only)" ON)
set(_wg_objs "")
set(_wg_deps "")
foreach(part ${WG_PARTS})
  list(APPEND _wg_objs $<TARGET_OBJECTS:${part}>)
  get_target_property(_wg_links ${part} INTERFACE_LINK_LIBRARIES)
  foreach(lib ${_wg_links})
    if(NOT lib IN_LIST WG_PARTS)
      list(APPEND _wg_deps ${lib})
    endif()
  endforeach()
endforeach()
list(REMOVE_DUPLICATES _wg_deps)
add_library(wasmgate_static STATIC ${_wg_objs})
set_target_properties(wasmgate_static PROPERTIES OUTPUT_NAME wasmgate)
set(_wg_lib_targets wasmgate_static)
# what the parts link besides each other: pkg-config modules, and the two
# libraries Debian ships without a .pc file (wabt, binaryen)
set(WG_PC_MODULES "jansson yaml-0.1 libsodium nettle sqlite3 libmicrohttpd libcurl")
if(PQ_FOUND)
  string(APPEND WG_PC_MODULES " libpq")
endif()
set(WG_PC_EXTRA_LIBS "-lwabt")
set(WG_CONFIG_EXTRA_LIBS "wabt")
if(BINARYEN_LIB)
  string(APPEND WG_PC_EXTRA_LIBS " -lbinaryen")
  list(APPEND WG_CONFIG_EXTRA_LIBS binaryen)
endif()
set(WG_PC_LIBS "-lwasmgate ${WG_PC_EXTRA_LIBS} -lstdc++ -lm -lpthread")   # static only: everything in Libs
set(WG_PC_REQUIRES "${WG_PC_MODULES}")
set(WG_PC_REQUIRES_PRIVATE "")
set(WG_PC_LIBS_PRIVATE "")
if(WG_SHARED_LIB)
  foreach(part ${WG_PARTS})
    set_target_properties(${part} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  endforeach()
  add_library(wasmgate_shared SHARED ${_wg_objs} ${CMAKE_SOURCE_DIR}/cmake/libwasmgate_stdio.c)
  target_link_libraries(wasmgate_shared PRIVATE ${_wg_deps})
  set_target_properties(wasmgate_shared PROPERTIES OUTPUT_NAME wasmgate
    VERSION ${PROJECT_VERSION} SOVERSION ${PROJECT_VERSION_MAJOR} LINKER_LANGUAGE CXX
    LINK_DEPENDS ${CMAKE_SOURCE_DIR}/cmake/libwasmgate.map)
  target_link_options(wasmgate_shared PRIVATE
    -Wl,--version-script=${CMAKE_SOURCE_DIR}/cmake/libwasmgate.map -Wl,-Bsymbolic -Wl,--no-undefined)
  # wasmgate.pc stays the static library's (everything in Libs): the same
  # flags link the .so where it is installed (-lwasmgate finds it first;
  # the archives' members go unused) and the .a where only it is (the .deb)
  install(TARGETS wasmgate_shared LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT shlib)
endif()

install(TARGETS ${_wg_lib_targets}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev)
install(DIRECTORY engine/include/wasmgate/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/wasmgate
  COMPONENT dev FILES_MATCHING PATTERN "*.h")
install(FILES ${CMAKE_BINARY_DIR}/include/wasmgate/version.h
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/wasmgate COMPONENT dev)

# wasmgate.pc and the CMake package find everything relative to where they
# are installed, so the same files serve /usr (the .deb) and any prefix.
file(RELATIVE_PATH WG_PC_PREFIX "/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/")
string(REGEX REPLACE "/$" "" WG_PC_PREFIX "${WG_PC_PREFIX}")
configure_file(cmake/wasmgate.pc.in ${CMAKE_BINARY_DIR}/wasmgate.pc @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/wasmgate.pc
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT dev)
set(WG_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/wasmgate)
file(RELATIVE_PATH WG_CMAKE_PREFIX "/${WG_CMAKE_DIR}" "/")
set(WG_CONFIG_SHARED ${WG_SHARED_LIB})
configure_file(cmake/wasmgateConfig.cmake.in ${CMAKE_BINARY_DIR}/wasmgateConfig.cmake @ONLY)
write_basic_package_version_file(${CMAKE_BINARY_DIR}/wasmgateConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/wasmgateConfig.cmake ${CMAKE_BINARY_DIR}/wasmgateConfigVersion.cmake
  DESTINATION ${WG_CMAKE_DIR} COMPONENT dev)

# --- man page and bash completion from the built binary's --help
set(WG_MAN ${CMAKE_BINARY_DIR}/man/wasmgate.1)
set(WG_COMPLETION ${CMAKE_BINARY_DIR}/completion/wasmgate)
add_custom_command(OUTPUT ${WG_MAN} ${WG_MAN}.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
  COMMAND sh ${CMAKE_SOURCE_DIR}/scripts/gen-manpage.sh $<TARGET_FILE:wasmgate> ${WG_MAN}
  COMMAND gzip -9nf -k ${WG_MAN}
  DEPENDS ${WG_CLI_TARGETS} ${CMAKE_SOURCE_DIR}/scripts/gen-manpage.sh
  COMMENT "wasmgate(1) from wasmgate --help" VERBATIM)
add_custom_command(OUTPUT ${WG_COMPLETION}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/completion
  COMMAND sh ${CMAKE_SOURCE_DIR}/scripts/gen-completion.sh $<TARGET_FILE:wasmgate> ${WG_COMPLETION}
  DEPENDS ${WG_CLI_TARGETS} ${CMAKE_SOURCE_DIR}/scripts/gen-completion.sh
          ${CMAKE_SOURCE_DIR}/scripts/completion.bash
  COMMENT "bash completion from wasmgate --help" VERBATIM)
add_custom_target(wasmgate_docs ALL DEPENDS ${WG_MAN} ${WG_COMPLETION})
install(FILES ${WG_MAN}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT cli)
install(FILES ${WG_COMPLETION} DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
  COMPONENT cli)
# Each package's changelog.gz is a Debian changelog entry for this version
# (what lintian wants of a native package; its date honours
# SOURCE_DATE_EPOCH); the project's CHANGELOG.md goes beside it.
string(TIMESTAMP WG_DEB_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
set(CPACK_PACKAGE_CONTACT "wasmgate maintainers <wasmgate@users.noreply.github.com>")
configure_file(cmake/changelog.Debian.in ${CMAKE_BINARY_DIR}/changelog.Debian @ONLY)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/changelog.gz
  COMMAND sh -c "gzip -9n -c '${CMAKE_BINARY_DIR}/changelog.Debian' > '${CMAKE_BINARY_DIR}/changelog.gz'"
  DEPENDS ${CMAKE_BINARY_DIR}/changelog.Debian VERBATIM)
add_custom_target(wasmgate_changelog ALL DEPENDS ${CMAKE_BINARY_DIR}/changelog.gz)
install(FILES ${CMAKE_BINARY_DIR}/changelog.gz CHANGELOG.md
  DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/wasmgate COMPONENT cli)
install(FILES ${CMAKE_BINARY_DIR}/changelog.gz
  DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/libwasmgate-dev COMPONENT dev)

# --- CPack: two Debian packages and the source tarball
set(CPACK_PACKAGE_NAME wasmgate)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR wasmgate)
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/wasmgate/wasmgate")
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_COMPONENTS_ALL cli dev)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# (no CPACK_PACKAGE_DESCRIPTION_SUMMARY: CPackDeb would put it before each
# component's description; the first line of those is the synopsis)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_CLI_PACKAGE_NAME wasmgate)
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION utils)
set(CPACK_COMPONENT_CLI_DESCRIPTION "audit WebAssembly plugins against YAML sandboxing rules
wasmgate reads .wasm plugins and checks them against YAML rules (imports,
WASI capabilities, memory, features, opcodes); it writes SARIF, signed
in-toto attestations and a decision: approve, flag or reject.  This package
holds the wasmgate command, the bundled rules, the man page and the bash
completion.")
set(CPACK_DEBIAN_DEV_PACKAGE_NAME libwasmgate-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
# headers include <jansson.h>; static linking needs libwabt.a (package wabt)
# and the -dev packages of what the parts link (pkg-config finds them)
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS "libjansson-dev, libyaml-dev, libsodium-dev, nettle-dev, libsqlite3-dev, libmicrohttpd-dev, libcurl4-openssl-dev | libcurl-dev, wabt")
# libbinaryen.so (wasmgate build's post-pass) lives in Debian's `binaryen`,
# which has no shlibs file, so dpkg-shlibdeps cannot name it: say it here
# (CPack appends what dpkg-shlibdeps finds).
if(BINARYEN_LIB)
  execute_process(COMMAND dpkg-query -W -f=\${Version} binaryen
                  OUTPUT_VARIABLE WG_BINARYEN_DEB ERROR_QUIET)
  string(REGEX REPLACE "^([0-9.]+).*" "\\1" WG_BINARYEN_DEB "${WG_BINARYEN_DEB}")
  if(WG_BINARYEN_DEB)
    set(WG_BINARYEN_DEP "binaryen (>= ${WG_BINARYEN_DEB})")
  else()
    set(WG_BINARYEN_DEP "binaryen")
  endif()
  set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "${WG_BINARYEN_DEP}")
  string(APPEND CPACK_DEBIAN_DEV_PACKAGE_DEPENDS ", ${WG_BINARYEN_DEP}")
endif()
if(PQ_FOUND)
  string(APPEND CPACK_DEBIAN_DEV_PACKAGE_DEPENDS ", libpq-dev")
endif()
set(CPACK_COMPONENT_DEV_DESCRIPTION "WebAssembly plugin audit engine - development files
libwasmgate reads, audits, reports on and attests WebAssembly plugins
(the library behind the wasmgate command).  This package holds the
library, the headers, wasmgate.pc and the CMake package
(find_package(wasmgate) gives wasmgate::wasmgate).")
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME wasmgate-${PROJECT_VERSION})
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/\\\\.cache/" "/node_modules/"
  "/bench/out/" "/out/" "\\\\.o$" "\\\\.sarif$")
include(CPack)
