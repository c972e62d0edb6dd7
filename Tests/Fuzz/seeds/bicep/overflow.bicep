var c = -9223372036854775807 - 1
var a = substring('abc', 2, 9223372036854775807)
var b = substring('abc', c)
var d = [1, 2][^c]
var e = format('{9223372036854775807}', 1)
output o string = '${a}${b}${d}${e}'
