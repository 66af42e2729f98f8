package main

import f "fmt"

func double(n int) int {
	return n * 2
}

func triple(n int) int {
	return n * 3
}

func main() {
	f.Println(double(2), triple(2))
}
