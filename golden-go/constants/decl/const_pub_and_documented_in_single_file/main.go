package main

import "fmt"

const MAX_UPLOAD_KB = 512

func main() {
	fmt.Println(MAX_UPLOAD_KB*2, "KB with compression")
}
