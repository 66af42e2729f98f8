package main

import "fmt"

func main() {
	raw := []uint8("ok")
	fmt.Println(raw)
}
