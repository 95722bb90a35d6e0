# Print the container engine's DNS resolvers from resolv.conf, space-separated, for nginx:
# nameservers on loopback or inside a subnet this container has a route to (on-link routes of
# /proc/net/route), else the first nameserver. IPv6 nameservers are kept, in brackets.
# Usage: awk -f engine-resolvers.awk /proc/net/route /etc/resolv.conf   (POSIX awk, no gawk)
function octets(hex, out,    i) {   # /proc/net/route hex is little-endian: "0000590A" = 10.89.0.0
    for (i = 0; i < 4; i++) out[i + 1] = hexbyte(substr(hex, 7 - 2 * i, 2))
}
function hexbyte(h) { return index("0123456789ABCDEF", substr(h, 1, 1)) * 16 - 16 + index("0123456789ABCDEF", substr(h, 2, 1)) - 1 }
function masked(x, m) { return m == 255 ? x : x - x % (256 - m) }   # contiguous netmasks only
function onlink(ip,    parts, r, i, ok) {
    split(ip, parts, ".")
    for (r = 1; r <= nroutes; r++) {
        ok = 1
        for (i = 1; i <= 4; i++) if (masked(parts[i] + 0, mask[r, i]) != dest[r, i]) ok = 0
        if (ok) return 1
    }
    return 0
}
FNR == NR {   # /proc/net/route: keep on-link routes (gateway 0) other than the default route
    if (FNR > 1 && $3 == "00000000" && $8 != "00000000") {
        nroutes++; octets($2, d); octets($8, mk)
        for (i = 1; i <= 4; i++) { dest[nroutes, i] = d[i]; mask[nroutes, i] = mk[i] }
    }
    next
}
$1 == "nameserver" {
    a = $2; sub(/%.*/, "", a)
    if (first == "") first = (a ~ /:/ ? "[" a "]" : a)
    if (a ~ /:/) { if (a == "::1") picked = picked sep "[" a "]"; else next }
    else if (a ~ /^127\./ || onlink(a)) picked = picked sep a
    else next
    sep = " "
}
END { print (picked != "" ? picked : first) }
