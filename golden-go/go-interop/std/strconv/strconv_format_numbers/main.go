package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(int64(255), 2), strconv.FormatInt(int64(-255), 16))
	fmt.Println(strconv.FormatUint(uint64(4096), 8), strconv.FormatInt(int64(35), 36))
	pi := 3.14159
	fmt.Println(strconv.FormatFloat(pi, byte('f'), 2, 64))
	fmt.Println(strconv.FormatFloat(pi, byte('e'), -1, 64))
	fmt.Println(strconv.FormatFloat(1234567.0, byte('g'), -1, 64))
	fmt.Println(strconv.FormatFloat(0.1, byte('f'), -1, 32))
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	fmt.Println(strconv.Quote("say \"hi\"\n"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteToASCII("☺ ok"))
}
