package main

import "fmt"

func main() {
	fmt.Println(0o7, 0O77, 0777, 0b1, 0B11, 0xF, 0Xf, 0x0)
}
