package main

import "fmt"

func main() {
	big := 300
	negative := -1
	var huge int64 = 3000000000
	fmt.Println(int8(big), uint8(big), uint8(negative), uint16(negative))
	fmt.Println(int32(huge), uint32(huge), uint64(negative))
}
