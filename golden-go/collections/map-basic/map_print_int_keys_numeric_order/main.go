package main

import "fmt"

func main() {
	m := map[int]string{}
	m[30] = "c"
	m[4] = "a"
	m[12] = "b"
	fmt.Println(m)
}
