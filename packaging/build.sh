#!/usr/bin/env bash
# Builds Floorwatch for Linux: a jlink runtime of the JDK modules the app needs, the app image
# target/dist/floorwatch/ (jpackage) and the installer target/dist/floorwatch_VERSION_ARCH.deb.
# Steps for Windows (.msi) and macOS: packaging/README.md. Not part of `./mvnw verify`.
#
#   packaging/build.sh [--skip-jar] [--check-modules] [--no-deb]
#
#   --skip-jar       use target/floorwatch.jar as it is (default: build it with ./mvnw -DskipTests package)
#   --check-modules  run jdeps on the jar and stop if it needs a module the list below leaves out
#   --no-deb         the app image only
#
# Needs a full JDK 17 or newer with jmods/ and jpackage (JPACKAGE_JDK, else JAVA_HOME, else the jpackage on the
# PATH), and for the .deb dpkg-deb and fakeroot.
set -euo pipefail
cd "$(dirname "$0")/.."

skip_jar=false check_modules=false deb=true
for arg in "$@"; do
  case "$arg" in
    --skip-jar) skip_jar=true ;;
    --check-modules) check_modules=true ;;
    --no-deb) deb=false ;;
    *) echo "build.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

# The JDK modules Floorwatch needs. The jar is not modular and carries JavaFX (with this platform's native code)
# itself, so the runtime holds only JDK modules:
# - what jdeps finds in the jar (--check-modules compares): java.base, java.compiler, java.naming, java.net.http,
#   java.rmi, java.scripting, java.security.jgss, java.security.sasl, java.sql, java.xml.crypto, jdk.httpserver,
#   jdk.jfr, jdk.management, jdk.unsupported, jdk.unsupported.desktop (which brings java.desktop for JavaFX
#   and POI), and what those require;
# - what is only reached as a service or by name, so jdeps cannot see it: jdk.crypto.ec (TLS to Kafka and the
#   databases), jdk.charsets (SQL Server's code pages), jdk.security.auth and jdk.security.jgss (Kafka's and
#   Hadoop's JAAS logins, Kerberos), jdk.naming.dns (DNS lookups through JNDI).
# Left out on purpose: jdk.localedata (Floorwatch formats with fixed locales), the compiler, debugger, jshell.
MODULES=java.base,java.compiler,java.naming,java.net.http,java.rmi,java.scripting,java.security.jgss
MODULES+=,java.security.sasl,java.sql,java.xml.crypto,jdk.httpserver,jdk.jfr,jdk.management,jdk.unsupported
MODULES+=,jdk.unsupported.desktop,jdk.crypto.ec,jdk.charsets,jdk.security.auth,jdk.security.jgss,jdk.naming.dns

MAIN_CLASS=org.floorwatch.app.Main
APP_IMAGE_LIMIT_MB=160
DEB_LIMIT_MB=90

find_jdk() {
  local candidate
  for candidate in "${JPACKAGE_JDK:-}" "${JAVA_HOME:-}"; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/jpackage" ] && [ -d "$candidate/jmods" ]; then
      echo "$candidate"; return
    fi
  done
  if command -v jpackage >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v jpackage)")")")
    if [ -d "$candidate/jmods" ]; then echo "$candidate"; return; fi
  fi
  echo "build.sh: no JDK with jpackage and jmods/ found; set JPACKAGE_JDK to one (JDK 17 or newer)" >&2
  exit 1
}

JDK=$(find_jdk)
echo "build.sh: JDK $JDK"
VERSION=$(sed -n 's:^  <version>\([0-9.]*\).*</version>:\1:p' pom.xml | head -n 1)

if [ "$skip_jar" = false ]; then
  ./mvnw -B -q -DskipTests package
fi
JAR=target/floorwatch.jar
[ -f "$JAR" ] || { echo "build.sh: $JAR is missing; build it first (./mvnw -B -DskipTests package)" >&2; exit 1; }

if [ "$check_modules" = true ]; then
  needed=$("$JDK/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps "$JAR")
  missing=$(comm -23 <(tr , '\n' <<<"$needed" | sort) <(tr , '\n' <<<"$MODULES" | sort))
  if [ -n "$missing" ]; then
    echo "build.sh: the jar needs modules the runtime leaves out: $missing" >&2
    exit 1
  fi
fi

WORK=target/packaging
DIST=target/dist
rm -rf "$WORK" "$DIST"
mkdir -p "$WORK/input" "$DIST"
cp "$JAR" "$WORK/input/"

echo "build.sh: jlink runtime"
"$JDK/bin/jlink" --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$WORK/runtime"
# The JVM's own symbol table (4 MB) only names frames in a crash log; the exported symbols stay.
if command -v strip >/dev/null 2>&1; then
  strip --strip-unneeded "$WORK/runtime/lib/server/libjvm.so"
fi

echo "build.sh: app image"
"$JDK/bin/jpackage" --type app-image --dest "$DIST" --name floorwatch --app-version "$VERSION" \
  --input "$WORK/input" --main-jar floorwatch.jar --main-class "$MAIN_CLASS" --runtime-image "$WORK/runtime" \
  --icon packaging/floorwatch.png --vendor Floorwatch \
  --description "Desktop control room for factories: live floor map, local history, reports"

if [ "$deb" = true ]; then
  echo "build.sh: .deb (dpkg-deb compresses for a few minutes)"
  "$JDK/bin/jpackage" --type deb --dest "$DIST" --name floorwatch --app-version "$VERSION" \
    --app-image "$DIST/floorwatch" --resource-dir packaging/linux --icon packaging/floorwatch.png \
    --vendor Floorwatch --description "Desktop control room for factories: live floor map, local history, reports" \
    --linux-package-name floorwatch --linux-deb-maintainer "floorwatch@example.org" \
    --linux-menu-group "Office" --linux-app-category misc --linux-shortcut \
    --linux-package-deps "libgtk-3-0, libgl1, libxtst6"
fi

size_of() { du -sm "$1" | cut -f1; }
image_mb=$(size_of "$DIST/floorwatch")
echo "build.sh: app image $DIST/floorwatch: $image_mb MB (at most $APP_IMAGE_LIMIT_MB)"
for file in "$DIST"/*.deb; do
  [ -e "$file" ] || continue
  echo "build.sh: installer $file: $(size_of "$file") MB (at most $DEB_LIMIT_MB)"
done
