package main

import (
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
	"path/filepath"
)

func exists(path string) bool {
	subject := lisette.ResultOf(os.Stat(path))
	if subject.Tag == lisette.ResultOk {
		return true
	}
	e := subject.ErrVal
	return !errors.Is(e, os.ErrNotExist)
}

func main() {
	var dir string
	subject2 := lisette.ResultOf(os.MkdirTemp("", "lis-b-rename-*"))
	if subject2.Tag != lisette.ResultOk {
		return
	}
	d := subject2.OkVal
	dir = d
	old := filepath.Join(dir, "draft.txt")
	new_ := filepath.Join(dir, "final.txt")
	_ = os.WriteFile(old, []byte("v1"), 0o600)
	fmt.Println("draft exists:", exists(old))
	subject3 := lisette.ResultOfErr(os.Rename(old, new_))
	if subject3.Tag == lisette.ResultOk {
		fmt.Println("renamed")
	} else {
		e := subject3.ErrVal
		fmt.Println("rename failed:", e)
	}
	fmt.Println("draft exists:", exists(old), "final exists:", exists(new_))
	subject4 := lisette.ResultOfErr(os.Remove(new_))
	if subject4.Tag == lisette.ResultOk {
		fmt.Println("removed")
	} else {
		e := subject4.ErrVal
		fmt.Println("remove failed:", e)
	}
	subject5 := lisette.ResultOfErr(os.Remove(new_))
	if subject5.Tag == lisette.ResultOk {
		fmt.Println("removed twice?")
	} else {
		e := subject5.ErrVal
		fmt.Println("second remove not exist:", errors.Is(e, os.ErrNotExist))
	}
	_ = os.RemoveAll(dir)
}
