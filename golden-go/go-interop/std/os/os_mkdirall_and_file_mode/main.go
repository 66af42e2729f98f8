package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
	"path/filepath"
)

func main() {
	var dir string
	subject := lisette.ResultOf(os.MkdirTemp("", "lis-b-mode-*"))
	if subject.Tag != lisette.ResultOk {
		return
	}
	d := subject.OkVal
	dir = d
	nested := filepath.Join(dir, "a", "b", "c")
	subject2 := lisette.ResultOfErr(os.MkdirAll(nested, 0o755))
	if subject2.Tag == lisette.ResultOk {
		fmt.Println("created a/b/c")
	} else {
		e := subject2.ErrVal
		fmt.Println(e)
	}
	file := filepath.Join(nested, "secret.key")
	_ = os.WriteFile(file, []byte("k"), 0o600)
	_ = os.Chmod(file, 0o640)
	subject3 := lisette.ResultOf(os.Stat(file))
	if subject3.Tag == lisette.ResultOk {
		info := subject3.OkVal
		mode := info.Mode()
		fmt.Println("mode:", mode)
		fmt.Println("perm:", mode.Perm())
		fmt.Println("regular:", mode.IsRegular())
	} else {
		e := subject3.ErrVal
		fmt.Println(e)
	}
	subject4 := lisette.ResultOf(os.Stat(nested))
	if subject4.Tag == lisette.ResultOk {
		info := subject4.OkVal
		fmt.Println("dir mode is dir:", info.Mode().IsDir(), "name:", info.Name())
	} else {
		e := subject4.ErrVal
		fmt.Println(e)
	}
	_ = os.RemoveAll(dir)
}
