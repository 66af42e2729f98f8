package main

import "os"

func main() {
	_, _ = os.Stdout.Write([]byte("raw bytes\n"))
	_, _ = os.Stdout.WriteString("kept\n")
}
