package main

import (
	"fmt"
	"io/fs"
)

func describe(m fs.FileMode) {
	fmt.Println(m, "dir:", m.IsDir(), "regular:", m.IsRegular(), "perm:", m.Perm())
}

func main() {
	var exec fs.FileMode = 0o755
	describe(exec)
	describe(fs.ModeDir + 0o700)
	describe(fs.ModeSymlink + 0o777)
	fmt.Println(fs.ModePerm, fs.ModePerm == 0o777)
}
