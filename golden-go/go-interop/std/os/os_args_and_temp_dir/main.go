package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	args := os.Args
	fmt.Println("has program name:", len(args) >= 1)
	fmt.Println("no extra args:", len(args) == 1)
	tmp := os.TempDir()
	fmt.Println("temp dir absolute:", filepath.IsAbs(tmp))
	fmt.Println("separator:", fmt.Sprintf("%c", os.PathSeparator))
}
