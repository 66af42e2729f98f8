package main

import "fmt"

const KB = 1024

const PAGES = 3

func main() {
	bytes := PAGES * 4 * KB
	share := 1.0 / 8.0
	fmt.Println(bytes, share)
}
