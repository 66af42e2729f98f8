package main

import "fmt"

func main() {
	header := []byte{'G', 'I', 70, 56}
	fmt.Println(header)
	fmt.Println(string(header))
}
