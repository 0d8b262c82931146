#!/usr/bin/env bash
# Creates (or, when one with the same display name exists, updates) the Microsoft Entra app registration
# PolicyPortal signs in with, and its service principal. See docs/deploy/app-registration.md.
#
# Usage: create-app-registration.sh <public-host> [options]
#   <public-host>      the host name admins open, e.g. policyportal.contoso.com (no https://, no path)
#   --name NAME        display name of the registration (default: PolicyPortal)
#   --consent          grant tenant-wide admin consent to the delegated Graph permissions
#   --secret           create a client secret and print it once (otherwise no secret is created)
#   --no-wids          do not emit the wids claim (only app roles then make someone an admin)
#   --no-localhost     leave out the https://localhost:5081 redirect URIs used for local tenant-mode runs
#
# Needs the Azure CLI, signed in (az login) to the tenant, as a user who may create app registrations;
# --consent needs Cloud Application Administrator, Application Administrator or higher.
set -euo pipefail

readonly GRAPH_APP_ID="00000003-0000-0000-c000-000000000000" # Microsoft Graph, the same appId in every tenant
# Keep in step with GraphOptions.Scopes (src/PolicyPortal.Graph/Client/GraphOptions.cs).
readonly GRAPH_SCOPES=(EntitlementManagement.ReadWrite.All User.ReadBasic.All GroupMember.Read.All Application.Read.All)
# Sign-in scopes Identity.Web asks for with them; consented together so nobody gets a consent prompt.
readonly SIGN_IN_SCOPES=(openid profile offline_access)
readonly ADMIN_ROLE="PolicyPortal.Admin"
readonly READER_ROLE="PolicyPortal.Reader"
readonly LOCAL_ORIGIN="https://localhost:5081" # the README's local tenant-mode run

usage() { sed -n '5,11p' "$0" | sed 's/^# \{0,1\}//'; }
die() { echo "error: $*" >&2; exit 1; }
note() { echo "==> $*" >&2; }

host="" name="PolicyPortal" consent=false secret=false wids=true localhost=true
while [[ $# -gt 0 ]]; do
  case "$1" in
    --name) [[ $# -ge 2 ]] || die "--name needs a value"; name="$2"; shift 2 ;;
    --consent) consent=true; shift ;;
    --secret) secret=true; shift ;;
    --no-wids) wids=false; shift ;;
    --no-localhost) localhost=false; shift ;;
    -h | --help) usage; exit 0 ;;
    -*) usage >&2; die "unknown option $1" ;;
    *) [[ -z "$host" ]] || die "only one host name, got '$host' and '$1'"; host="$1"; shift ;;
  esac
done
[[ -n "$host" ]] || { usage >&2; die "give the public host name"; }
# A bare host (optionally :port): it goes into URLs and JSON below unescaped.
[[ "$host" =~ ^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?$ ]] ||
  die "'$host' is not a host name; give e.g. policyportal.contoso.com, without https:// or a path"
# The name is used in a JMESPath filter and in JSON: keep it to plain characters.
[[ "$name" =~ ^[A-Za-z0-9][A-Za-z0-9\ ._()-]{0,119}$ ]] || die "use letters, digits, spaces and . _ ( ) - in --name"

command -v az >/dev/null || die "the Azure CLI (az) is not installed"
tenant_id=$(az account show --query tenantId -o tsv 2>/dev/null) || die "not signed in: run az login --tenant <tenant-id>"
# The cloud's own endpoints, so a national cloud gets its sign-in host and Graph.
authority_host=$(az cloud show --query endpoints.activeDirectory -o tsv)
graph_root=$(az cloud show --query endpoints.microsoftGraphResourceId -o tsv)
graph="${graph_root%/}/v1.0"

new_guid() {
  if command -v uuidgen >/dev/null; then uuidgen | tr '[:upper:]' '[:lower:]'; else cat /proc/sys/kernel/random/uuid; fi
}

# A new service principal takes a little while to be visible everywhere; retry what depends on it.
retry() {
  local attempt
  for attempt in 1 2 3 4 5 6; do
    if "$@"; then return 0; fi
    if [[ $attempt -lt 6 ]]; then note "not ready yet, retrying in 10 s"; sleep 10; fi
  done
  return 1
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- Delegated Graph permissions, looked up by name on the Microsoft Graph service principal -----------------
note "Looking up Microsoft Graph's delegated permissions"
az ad sp show --id "$GRAPH_APP_ID" --query "oauth2PermissionScopes[].[value, id]" -o tsv >"$work/graph-scopes.tsv"
resource_access=""
for scope in "${SIGN_IN_SCOPES[@]}" "${GRAPH_SCOPES[@]}"; do
  id=$(awk -v s="$scope" '$1 == s { print $2 }' "$work/graph-scopes.tsv")
  [[ -n "$id" ]] || die "Microsoft Graph has no delegated permission named $scope"
  resource_access+="${resource_access:+,}{\"id\": \"$id\", \"type\": \"Scope\"}"
done
printf '[{"resourceAppId": "%s", "resourceAccess": [%s]}]\n' "$GRAPH_APP_ID" "$resource_access" >"$work/required-resource-access.json"

# --- Reuse an existing registration's role ids: Entra refuses to drop an enabled role for a new id ------------
existing=$(az ad app list --display-name "$name" --query "[?displayName=='$name'].appId" -o tsv)
[[ $(wc -w <<<"$existing") -le 1 ]] || die "more than one app registration is named '$name': $(tr '\n' ' ' <<<"$existing")"
admin_role_id="" reader_role_id=""
if [[ -n "$existing" ]]; then
  note "Updating the existing registration '$name' ($existing)"
  admin_role_id=$(az ad app show --id "$existing" --query "appRoles[?value=='$ADMIN_ROLE'].id | [0]" -o tsv)
  reader_role_id=$(az ad app show --id "$existing" --query "appRoles[?value=='$READER_ROLE'].id | [0]" -o tsv)
fi
[[ -n "$admin_role_id" ]] || admin_role_id=$(new_guid)
[[ -n "$reader_role_id" ]] || reader_role_id=$(new_guid)

# --- App roles: the values PortalAuthorizationOptions checks in the roles claim --------------------------------
cat >"$work/app-roles.json" <<JSON
[
  {
    "allowedMemberTypes": ["User"],
    "description": "Create, edit and delete access package assignment policies in PolicyPortal.",
    "displayName": "PolicyPortal admin",
    "id": "$admin_role_id",
    "isEnabled": true,
    "value": "$ADMIN_ROLE"
  },
  {
    "allowedMemberTypes": ["User"],
    "description": "Browse access packages and their policies in PolicyPortal without changing anything.",
    "displayName": "PolicyPortal reader",
    "id": "$reader_role_id",
    "isEnabled": true,
    "value": "$READER_ROLE"
  }
]
JSON

# --- The registration: single tenant, roles, permissions (az ad app create patches a same-named one) ---------
note "Creating the app registration '$name'"
ids=$(az ad app create \
  --display-name "$name" \
  --sign-in-audience AzureADMyOrg \
  --app-roles "@$work/app-roles.json" \
  --required-resource-accesses "@$work/required-resource-access.json" \
  --query "[appId, id]" -o tsv | tr '\t\n' '  ')
read -r app_id object_id <<<"$ids"
[[ -n "${app_id:-}" && -n "${object_id:-}" ]] || die "az ad app create returned no ids"

# --- What az ad app flags do not cover: the web platform's logout URL and groupMembershipClaims --------------
# The whole web object is sent, so nothing in it is left to how Graph merges a partial one.
redirect_uris="\"https://$host/signin-oidc\", \"https://$host/signout-callback-oidc\""
if $localhost; then
  redirect_uris+=", \"$LOCAL_ORIGIN/signin-oidc\", \"$LOCAL_ORIGIN/signout-callback-oidc\""
fi
# DirectoryRole: Entra emits the user's directory role template ids as wids, and no groups claim.
if $wids; then membership_claims="DirectoryRole"; else membership_claims="None"; fi
cat >"$work/web.json" <<JSON
{
  "web": {
    "redirectUris": [$redirect_uris],
    "logoutUrl": "https://$host/signout-oidc",
    "implicitGrantSettings": { "enableIdTokenIssuance": false, "enableAccessTokenIssuance": false }
  },
  "groupMembershipClaims": "$membership_claims"
}
JSON
note "Setting redirect URIs, the front-channel logout URL and groupMembershipClaims=$membership_claims"
az rest --method PATCH --url "$graph/applications/$object_id" \
  --headers "Content-Type=application/json" --body "@$work/web.json" --output none

# --- The service principal ("Enterprise application"): users and groups are assigned to roles on it ---------
if ! az ad sp show --id "$app_id" --query id -o tsv >/dev/null 2>&1; then
  note "Creating the service principal"
  az ad sp create --id "$app_id" --output none
fi

# --- Optional tenant-wide admin consent, as a documented Graph oauth2PermissionGrant (AllPrincipals) --------
if $consent; then
  note "Granting admin consent to: ${SIGN_IN_SCOPES[*]} ${GRAPH_SCOPES[*]}"
  retry az ad app permission grant --id "$app_id" --api "$GRAPH_APP_ID" \
    --scope "${SIGN_IN_SCOPES[*]} ${GRAPH_SCOPES[*]}" --output none ||
    die "admin consent failed; grant it in the Entra admin center: App registrations > $name > API permissions"
fi

# --- Optional client secret: printed once, never written to a file -------------------------------------------
client_secret=""
if $secret; then
  note "Adding a client secret (valid one year)"
  client_secret=$(az ad app credential reset --id "$app_id" --append \
    --display-name "policyportal-$(date +%Y%m%d)" --years 1 --query password -o tsv)
fi

# --- What to put in src/PolicyPortal.Web/appsettings.Local.json (or the environment) ---------------------------
echo
echo "App registration ready: $name"
echo "  Application (client) id: $app_id"
echo "  Object id:               $object_id"
echo
echo "Settings for src/PolicyPortal.Web/appsettings.Local.json (no secret in it):"
cat <<JSON
{
  "AzureAd": {
    "Instance": "${authority_host%/}/",
    "TenantId": "$tenant_id",
    "ClientId": "$app_id",
    "CallbackPath": "/signin-oidc",
    "SignedOutCallbackPath": "/signout-callback-oidc"
  }
}
JSON
echo
if [[ -n "$client_secret" ]]; then
  echo "Client secret (shown once; store it now, never in an appsettings*.json file):"
  echo "  $client_secret"
  echo "Store it with one of:"
  echo "  dotnet user-secrets set AzureAd:ClientSecret '<the secret>' --project src/PolicyPortal.Web   (read in Development only)"
  echo "  export AzureAd__ClientSecret='<the secret>'                                               (or your host's app settings)"
else
  echo "No credential was created. Add one (docs/deploy/app-registration.md, 'Credentials'): a certificate,"
  echo "a federated credential for a user-assigned managed identity, or rerun with --secret."
fi
if ! $consent; then
  echo "Admin consent was not granted: rerun with --consent, or use API permissions > Grant admin consent."
fi
echo "Next: Enterprise applications > $name > Users and groups > Add user/group, with $ADMIN_ROLE or $READER_ROLE."
