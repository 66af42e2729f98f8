package main

import "fmt"

func main() {
	permissions := 0644
	padded := 007
	ten := 012
	zeros := 00
	fmt.Println(permissions, padded, ten, zeros)
}
