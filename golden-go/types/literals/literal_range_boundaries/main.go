package main

import "fmt"

func main() {
	var a int8 = -128
	var b int8 = 127
	var c uint8 = 255
	var d int16 = -32768
	var e uint16 = 65535
	var f int32 = -2147483648
	var g uint32 = 4294967295
	var h int64 = -9223372036854775808
	i := 9223372036854775807
	var j uint64 = 18446744073709551615
	fmt.Println(a, b, c, d, e, f, g)
	fmt.Println(h, i, j)
}
