using 'main.bicep'
param name = 'abc'
param items = [ 1, 2 ]
param cfg = { a: readEnvironmentVariable('X', 'y') }
