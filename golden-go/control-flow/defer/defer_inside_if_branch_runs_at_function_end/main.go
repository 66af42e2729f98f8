package main

import "fmt"

func upload(name string, compress bool) {
	if compress {
		defer fmt.Println("compressor stopped")
		fmt.Println("compressor started")
	}
	fmt.Println("uploading", name)
}

func main() {
	upload("report.pdf", true)
	upload("notes.txt", false)
}
