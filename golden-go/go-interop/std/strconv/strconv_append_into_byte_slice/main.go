package main

import (
	"fmt"
	"strconv"
)

func main() {
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, int64(-12), 10)
	buf = append(buf, byte(' '))
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, byte(' '))
	buf = strconv.AppendQuote(buf, "q")
	buf = append(buf, byte(' '))
	buf = strconv.AppendFloat(buf, 1.5, byte('f'), 3, 64)
	fmt.Println(string(buf))
	fmt.Println(len(buf))
}
