package main

import "fmt"

func main() {
	tag := func(x uint8) string {
		return fmt.Sprintf("<%v>", x)
	}
	var code uint8 = 7
	fmt.Println(tag(code))
}
