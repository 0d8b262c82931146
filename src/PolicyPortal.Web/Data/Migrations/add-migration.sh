#!/usr/bin/env bash
# Adds migration NAME for both providers, so the two sets never drift apart.
#   src/PolicyPortal.Web/Data/Migrations/add-migration.sh AddSomething
# Needs: dotnet tool install --global dotnet-ef --version 10.0.15
set -euo pipefail
name=${1:?usage: add-migration.sh MigrationName}
root=$(cd "$(dirname "$0")/../../../.." && pwd)
web=$root/src/PolicyPortal.Web
host=$(mktemp -d)
trap 'rm -rf "$host"' EXIT

# EF's design package pulls Roslyn and MSBuild versions that clash with the solution's central pins, so it
# lives in a throwaway startup project outside the repository and never ships with the app.
cat > "$host/EfHost.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Exe</OutputType>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$web/PolicyPortal.Web.csproj" />
    <PackageReference Include="Microsoft.EntityFrameworkCore.Design" Version="10.0.15" />
  </ItemGroup>
</Project>
EOF
echo 'return;' > "$host/Program.cs"
dotnet restore "$host/EfHost.csproj"

add() {
  dotnet ef migrations add "$name" "${@:3}" --project "$web" --startup-project "$host" \
    --context "$1" --output-dir "Data/Migrations/$2"
}
add SqlitePortalDbContext Sqlite
add PostgresPortalDbContext PostgreSql --no-build
