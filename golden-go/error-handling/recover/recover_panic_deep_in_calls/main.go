package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func level3(n int) int {
	fmt.Println("level3 start")
	if n > 2 {
		panic("too deep")
	}
	return n
}

func level2(n int) int {
	fmt.Println("level2 start")
	v := level3(n + 1)
	fmt.Println("level2 end")
	return v
}

func level1(n int) int {
	fmt.Println("level1 start")
	v := level2(n + 1)
	fmt.Println("level1 end")
	return v
}

func main() {
	ok := lisette.RecoverBlock(func() int {
		return level1(0)
	})
	fmt.Println(ok)
	bad := lisette.RecoverBlock(func() int {
		return level1(1)
	})
	fmt.Println(bad.IsErr())
}
