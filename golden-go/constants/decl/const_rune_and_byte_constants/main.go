package main

import "fmt"

const SEP = ','

const DOT byte = '.'

func main() {
	fmt.Printf("a%cb\n", SEP)
	fmt.Println(SEP, DOT)
}
