package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	buf := []byte{0, 0, 0, 0}
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(n, buf, buf[0:n:n])
	m := utf8.EncodeRune(buf, 'A')
	fmt.Println(m, buf)
	appended := utf8.AppendRune([]byte{0x3e}, 'é')
	fmt.Println(appended, string(appended))
}
