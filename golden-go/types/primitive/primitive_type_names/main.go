package main

import "fmt"

func main() {
	a := -1
	var b int8 = -8
	var c int16 = -16
	var d int32 = -32
	var e int64 = -64
	var f uint = 1
	var g uint8 = 8
	var h uint16 = 16
	var i uint32 = 32
	var j uint64 = 64
	var k float32 = 0.5
	l := 0.25
	m := true
	n := "text"
	fmt.Printf("%T %T %T %T %T\n", a, b, c, d, e)
	fmt.Printf("%T %T %T %T %T\n", f, g, h, i, j)
	fmt.Printf("%T %T %T %T\n", k, l, m, n)
	fmt.Println(a, b, c, d, e, f, g, h, i, j, k, l, m, n)
}
