package main

import (
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
	"path/filepath"
)

func main() {
	var dir string
	subject := lisette.ResultOf(os.MkdirTemp("", "lis-b-missing-*"))
	if subject.Tag != lisette.ResultOk {
		e := subject.ErrVal
		fmt.Println("no temp dir:", e)
		return
	}
	d := subject.OkVal
	dir = d
	path := filepath.Join(dir, "absent.cfg")
	subject2 := lisette.ResultOfPtr(os.Open(path))
	if subject2.Tag == lisette.ResultOk {
		f := subject2.OkVal
		fmt.Println("unexpectedly opened", f.Name())
		_ = f.Close()
	} else {
		e := subject2.ErrVal
		fmt.Println("is not exist:", errors.Is(e, os.ErrNotExist))
		fmt.Println("os.IsNotExist:", os.IsNotExist(e))
		fmt.Println("is permission:", errors.Is(e, os.ErrPermission))
	}
	_ = os.RemoveAll(dir)
}
