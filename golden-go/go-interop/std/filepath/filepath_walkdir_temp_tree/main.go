package main

import (
	"fmt"
	"io/fs"
	lisette "lisette.dev/prelude"
	"os"
	"path/filepath"
)

func build(root string) lisette.Result[struct{}, error] {
	res := lisette.ResultOfErr(os.MkdirAll(filepath.Join(root, "cmd", "tool"), 0o755))
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[struct{}, error](res.ErrVal)
	}
	res2 := lisette.ResultOfErr(os.MkdirAll(filepath.Join(root, "internal"), 0o755))
	if res2.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[struct{}, error](res2.ErrVal)
	}
	res3 := lisette.ResultOfErr(os.WriteFile(filepath.Join(root, "go.mod"), []byte("module x\n"), 0o644))
	if res3.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[struct{}, error](res3.ErrVal)
	}
	res4 := lisette.ResultOfErr(os.WriteFile(filepath.Join(root, "cmd", "tool", "main.go"), []byte("package main\n"), 0o644))
	if res4.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[struct{}, error](res4.ErrVal)
	}
	res5 := lisette.ResultOfErr(os.WriteFile(filepath.Join(root, "internal", "db.go"), []byte("package internal\n"), 0o644))
	if res5.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[struct{}, error](res5.ErrVal)
	}
	return lisette.MakeResultOk[struct{}, error](struct{}{})
}

func main() {
	var root string
	subject := lisette.ResultOf(os.MkdirTemp("", "lis-b-walk-*"))
	if subject.Tag != lisette.ResultOk {
		return
	}
	d := subject.OkVal
	root = d
	defer func() {
		_ = os.RemoveAll(root)
	}()
	subject2 := build(root)
	if subject2.Tag == lisette.ResultErr {
		e := subject2.ErrVal
		fmt.Println("build:", e)
		return
	}
	total := 0
	walked := lisette.ResultOfErr(filepath.WalkDir(root, func(p0 string, p1 fs.DirEntry, p2 error) error {
		return lisette.ResultToGoErr((func(path string, d fs.DirEntry, err lisette.Option[error]) lisette.Result[struct{}, error] {
			if err.Tag == lisette.OptionSome {
				e := err.SomeVal
				return lisette.MakeResultErr[struct{}, error](e)
			}
			var rel string
			subject3 := lisette.ResultOf(filepath.Rel(root, path))
			if subject3.Tag != lisette.ResultOk {
				e := subject3.ErrVal
				return lisette.MakeResultErr[struct{}, error](e)
			}
			r := subject3.OkVal
			rel = r
			if d.IsDir() {
				fmt.Println("dir ", rel)
			} else {
				total += 1
				fmt.Println("file", rel)
			}
			return lisette.MakeResultOk[struct{}, error](struct{}{})
		})(p0, p1, lisette.OptionNilable(p2)))
	}))
	if walked.Tag == lisette.ResultOk {
		fmt.Println("files:", total)
	} else {
		e := walked.ErrVal
		fmt.Println("walk:", e)
	}
}
